"""Widgets used by more than one page: problem labels, the exercise chooser."""
