"""User text among other words, whatever its script: the Unicode isolates that keep it apart.

A sentence of ours with a user value in it ("Make the case “%1” — 1.400 EUR") keeps the direction
of its language; a right-to-left value (an Arabic name) would otherwise pull the digits and
punctuation next to it into its own run: "… 1 ,شركة النور novembre". Inside FSI … PDI (first-strong
isolate … pop directional isolate; Unicode bidi rules X5a-X5c) the value takes its own direction
and is one neutral unit to the sentence around it. Qt lays isolates out in the windows; the PDFs
keep them in the logical text (metadata, outline) and drop them when a line is drawn
(``report/text.py``). Values without right-to-left letters are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kam_desktop.i18n import fmt

FSI, PDI = "\u2068", "\u2069"
_RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_rtl(text: str) -> bool:
    return _RTL_CHAR.search(text) is not None


def isolate(value: object) -> str:
    """``value`` as text, inside FSI … PDI when it holds right-to-left letters."""
    text = "" if value is None else str(value)
    if not has_rtl(text):
        return text
    return f"{FSI}{text}{PDI}"


def fill(template: str, *args: object) -> str:
    """``i18n.fmt`` for a sentence embedding user values: every value bidi-isolated."""
    return fmt(template, *(isolate(arg) for arg in args))


def joined(separator: str, parts: Iterable[object]) -> str:
    """User values in one line ('Chemicals · Italy'), each bidi-isolated."""
    return separator.join(isolate(part) for part in parts)
