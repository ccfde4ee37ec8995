"""Workouts from the watch: FIT, GPX and TCX files (and .gz/.zip wrappers, folders) read into ``Workout`` records.

Qt-free and storage-free. ``files.read_path`` turns one path into outcomes,
each the workouts read from one file or a one-line refusal naming the file;
``model`` holds the record and its public JSON; one module per format.
See docs/workouts.md for the formats read and what is refused.
"""
