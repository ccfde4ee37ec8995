"""The session room: the routine list, the preview, the follow-along page and the summary."""
