"""The journal room: the journal dialog, its editor and body map, and where journals are opened from."""
