"""KAM Desktop: a key account manager's planning tool, offline, on one SQLite file."""

__version__ = "0.1.0"
