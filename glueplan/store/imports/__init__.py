"""Training histories exported by other apps (Strong, Hevy, FitNotes), read into one record
type; which format a file is in is told from its header."""
