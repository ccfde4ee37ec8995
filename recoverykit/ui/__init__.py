"""Widgets. They call the SessionController and re-render from its signals."""
