"""Import, export and merge: spreadsheets (CSV, XLSX) and JSON archives of a catalogue."""
