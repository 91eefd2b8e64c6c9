"""English word lists and patterns."""
