"""Files glueplan writes and reads for the user: CSV for spreadsheets, iCalendar for phone
calendars, and the JSON backup that holds everything."""
