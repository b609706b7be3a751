"""The Log tab: the day's form, and the logged sets as undoable steps."""
