"""The classroom mode's pure core (no pygame): profiles, lessons and settings, and the report of how a class did."""
