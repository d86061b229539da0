"""Changes are announced as Topic values: a free string is refused, and no screen passes one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kam_desktop.ui.common.context import AppContext, Topic


def test_notify_refuses_a_string_and_carries_topics(ctx: AppContext) -> None:
    seen: list[frozenset[Topic]] = []
    ctx.changed.connect(seen.append)
    with pytest.raises(TypeError, match="not a Topic: 'acounts'"):
        ctx.notify("acounts")  # type: ignore[arg-type]
    ctx.notify(Topic.ACCOUNTS, Topic.PLAN)
    assert seen == [frozenset({Topic.ACCOUNTS, Topic.PLAN})]


def test_no_screen_announces_a_change_with_a_string() -> None:
    root = Path(__file__).resolve().parents[2] / "kam_desktop"
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in (root / "ui").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\b(notify|after_change)\([^)]*[\"']", line)
    ]
    assert offenders == []
