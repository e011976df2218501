"""Commands: to be written."""
