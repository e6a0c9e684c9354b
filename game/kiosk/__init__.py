"""Kiosk mode's rules: idle reset, a fresh player per visitor, nicknames, boards, operator numbers."""
