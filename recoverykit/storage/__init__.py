"""Local SQLite storage (sqlite-utils). Never imports Qt."""
