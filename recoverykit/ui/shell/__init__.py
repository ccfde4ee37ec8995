"""The shell: the main window and what surrounds every page.

Menus, tray, help, About, shortcuts, activation by a second launch, the
resume offer and screen-reader announcements.
"""
