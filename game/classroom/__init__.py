"""The classroom mode's pure core (no pygame): the settings a teacher and a child keep, and the report of how a class did."""
