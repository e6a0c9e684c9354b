"""Widgets and drawn parts of the comic: buttons, bubbles, phone screens, panels."""
