"""Copy finished translations from one Qt Linguist .ts file into another.

For resolving a conflict in a catalogue after a rebase: take the upstream file, refresh it with
``make ui-translations`` (new strings arrive unfinished), then fill them from your own version::

    git show REBASE_HEAD:resources/translations/ui_it.ts > /tmp/mine.ts
    git checkout --ours resources/translations/ui_it.ts     # upstream's side during a rebase
    make ui-translations
    python packaging/ts_merge.py /tmp/mine.ts resources/translations/ui_it.ts
    make ui-translations                                    # lupdate rewrites it in its own layout

A message is matched by (context, source, comment); only messages unfinished in the target are
filled, and only from finished messages of the source. Prints how many were filled.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    return bool((translation.text or "").strip() or list(translation))


def _messages(root: ET.Element) -> dict[tuple[str, str, str], ET.Element]:
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[_key(name, message)] = message
    return found


def merge(source: Path, target: Path) -> int:
    done = {k: m for k, m in _messages(ET.parse(source).getroot()).items() if _finished(m)}
    tree = ET.parse(target)
    filled = 0
    for key, message in _messages(tree.getroot()).items():
        if _finished(message) or key not in done:
            continue
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        new = done[key].find("translation")
        assert new is not None
        copy = ET.fromstring(ET.tostring(new))
        copy.tail = "\n"
        message.append(copy)
        filled += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python packaging/ts_merge.py FROM.ts INTO.ts")
    print(f"filled {merge(Path(sys.argv[1]), Path(sys.argv[2]))} messages")
