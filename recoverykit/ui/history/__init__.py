"""The history room: the history page, its charts and detail, and the Data menu (backups, export, import)."""
