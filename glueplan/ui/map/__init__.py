"""The muscle map (front, back, deep layer) and its heat paints."""
