"""Drawing order, a value the fourth breadth measurement found unpinned (issue 12): inside a
right-to-left paragraph, a left-to-right run is drawn as written - its brackets and comparison
signs are not mirrored (only characters of an odd, right-to-left level are)."""

from __future__ import annotations

import pytest

from kam_desktop.report import text as T

MISR = "\u0645\u0635\u0631"  # مصر, drawn right to left
RSIM = "\u0631\u0635\u0645"


@pytest.mark.parametrize(
    ("line", "drawn"),
    [
        (f"{MISR} abc (def) ghi", f"abc (def) ghi {RSIM}"),
        (f"{MISR} a<b", f"a<b {RSIM}"),
    ],
    ids=["parentheses", "less-than"],
)
def test_a_left_to_right_run_in_a_right_to_left_paragraph_keeps_its_brackets(line: str, drawn: str) -> None:
    assert T.visual(line, True) == drawn
    assert "".join(ch for _i, ch in T.visual_order(line, True)) == drawn
