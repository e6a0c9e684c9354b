"""The content layer: level records, the YAML loader and the checks for authors (no pygame)."""
