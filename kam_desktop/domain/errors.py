"""Errors with messages fit to show a user. Everything else is a bug."""

from __future__ import annotations


class DomainError(Exception):
    """A known condition the user can act on; ``str(err)`` is the message to show."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """Input refused; ``field`` names the form field the message belongs next to."""


class NotFoundError(DomainError):
    """The record asked for does not exist (or is in the trash)."""


class ConflictError(DomainError):
    """The change conflicts with existing data (duplicate name, record in use, cap...)."""


class StoreError(DomainError):
    """The database cannot be used as asked (newer version, locked, read-only, damaged)."""
