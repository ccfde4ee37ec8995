"""The editor room: the Routines menu and the routine editor with its step form."""
