"""Exercise illustrations: the posed figure painted with QPainter (screen, images, printer)."""
