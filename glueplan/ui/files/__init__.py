"""Files in the window: exports, and backups (restoring one; the offer to when the database is damaged)."""
