"""Pieces the phase screens of an account share: the phase tab's header, record lists, pickers, confirmation and undo bars."""
