"""The settings room: Preferences and applying settings (theme, units, sound) as they change."""
