"""What makes a plan export fast keeps ReportLab's results: the URL pattern compiled on first use,
paragraph lines broken once per width, ReportLab's C accelerator in use."""

from __future__ import annotations

import re

import kam_desktop.report  # noqa: F401  (before ReportLab's paragraph module, as in the app)
from kam_desktop.report import fonts
from kam_desktop.report.styles import Paragraph, make_styles


def test_reportlab_url_pattern_matches_as_compiled_by_reportlab() -> None:
    from reportlab.platypus import paragraph

    assert re.compile is not None and re.compile.__module__ == "re"  # the real one is back
    source = getattr(paragraph.uri_pat, "_source", None)
    pattern = re.compile(*source) if source else paragraph.uri_pat
    samples = [
        "https://example.com/a/very/long/path?x=1",
        "ftp://user:pw@[::1]:2121/file",
        "http://192.168.0.1/",
        "mailto:someone",
        "www.example.com",
        "https://münchen.example/straße",
        "not a url",
    ]
    for text in samples:
        ours, theirs = paragraph.uri_pat.match(text), pattern.match(text)
        assert (ours and ours.groups()) == (theirs and theirs.groups()), text
    assert paragraph._uri_split_pairs("https://example.com/a/b") == [
        ("https://example.com/a/", "b"),
        ("https://example.com/", "a/b"),
        ("https://", "example.com/a/b"),
    ]


def test_a_paragraph_breaks_its_lines_once_per_width() -> None:
    fonts.register_fonts()
    style = make_styles().body
    text = "Quarterly business review with the customer's procurement board " * 6
    breaks: list[float] = []

    class Counted(Paragraph):
        def breakLines(self, width: object) -> object:
            breaks.append(1)
            return super().breakLines(width)

    para = Counted(text, style)
    narrow = para.wrap(120, 1000)
    assert para.wrap(120, 500) == narrow  # a table measuring the cell again
    assert len(breaks) == 1
    wide = para.wrap(400, 1000)
    assert wide == Paragraph(text, style).wrap(400, 1000) and wide[1] < narrow[1]
    assert para.wrap(120, 1000) == narrow == Paragraph(text, style).wrap(120, 1000)
    assert len(breaks) == 3
    parts = para.split(120, narrow[1] / 2)  # the split halves are new paragraphs
    assert len(parts) == 2
    assert round(sum(p.wrap(120, 1000)[1] for p in parts), 6) == round(narrow[1], 6)


def test_reportlab_runs_its_c_accelerator() -> None:
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
