"""The first-run view: who you are, then your first account or the demo."""
