"""Reading an input file the user named, with plain-words errors."""

from __future__ import annotations

from pathlib import Path

from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import fmt, translate

MAX_BYTES = 64 * 1024 * 1024


def read_input(path: Path) -> bytes:
    p = Path(path).expanduser()
    if not p.exists():
        raise ValidationError(fmt(translate("Import", "There is no file at %1."), str(p)), field="file")
    if not p.is_file():
        raise ValidationError(fmt(translate("Import", "%1 is not a regular file."), str(p)), field="file")
    if p.stat().st_size > MAX_BYTES:
        raise ValidationError(
            fmt(translate("Import", "%1 is larger than 64 MB; split it first."), str(p)), field="file"
        )
    try:
        return p.read_bytes()
    except PermissionError:
        raise ValidationError(
            fmt(translate("Import", "%1 cannot be read (permission denied)."), str(p)), field="file"
        ) from None
