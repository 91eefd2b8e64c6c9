"""Russian word lists and patterns."""
