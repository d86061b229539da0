"""Render resources/icons/kam-desktop.svg to the usual PNG sizes, and the action icons
(resources/icons/actions/*.svg) in both schemes' text colours to
resources/icons/actions/<rrggbb>/<name>-<size>.png (run by `make icons`).

The PNGs are committed, so building or installing never needs this script; re-run it after
editing an SVG or a scheme's text colour (tests/gui/test_icons.py says when).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    del app
    sys.path.insert(0, str(ROOT))
    from kam_desktop.ui.common.icons import draw_svg

    svg = ROOT / "resources" / "icons" / "kam-desktop.svg"
    if not QSvgRenderer(str(svg)).isValid():
        print(f"cannot read {svg}", file=sys.stderr)
        return 2
    for size in SIZES:
        out = ROOT / "resources" / "icons" / f"kam-desktop-{size}.png"
        draw_svg(svg.read_bytes(), size).save(str(out))
        print(f"wrote {out.relative_to(ROOT)}")
    return action_icons()


def action_icons() -> int:
    from kam_desktop.ui.common import icons, theme

    for colour in (theme.LIGHT["text"], theme.DARK["text"]):
        folder = icons.png_folder(colour)
        folder.mkdir(parents=True, exist_ok=True)
        for name in icons.NAMES:
            for size in icons.SIZES:
                out = folder / f"{name}-{size}.png"
                icons.render(name, colour, size).save(str(out))
        print(f"wrote {len(icons.NAMES) * len(icons.SIZES)} icons to {folder.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
