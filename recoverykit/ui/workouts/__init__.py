"""The workouts room: import from the watch, the suggested session card, the Workouts tab, the watched folder."""
