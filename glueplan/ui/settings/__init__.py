"""Edit > Preferences: what the user sets once for the app, kept in QSettings."""
