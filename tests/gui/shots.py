"""Screenshots checked for what they show, not for their file size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

FULL_WINDOW = (1400, 880)  # ui/screenshot.py's SCREENSHOT_SIZE


def assert_real_screenshot(path: Path, size: tuple[int, int] | None = FULL_WINDOW) -> QImage:
    """A PNG of ``size`` pixels holding a drawn screen: many colours (text, lines, fills), not a
    blank, single-colour or half-painted grab."""
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    if size is not None:
        assert (image.width(), image.height()) == size
    w, h = image.width(), image.height()
    grid = [(x, y) for x in range(0, w, max(1, w // 48)) for y in range(0, h, max(1, h // 48))]
    colours = {image.pixel(x, y) for x, y in grid}
    assert len(colours) >= 8, f"{path}: only {len(colours)} colours - a blank grab?"
    # both halves are painted (a grab taken before the layout settled leaves one half empty)
    for half in ((0, w // 2), (w // 2, w)):
        assert len({image.pixel(x, y) for x, y in grid if half[0] <= x < half[1]}) >= 3
    return image
