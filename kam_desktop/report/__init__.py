"""PDF documents (ReportLab) drawn from read models.

This package arranges for ReportLab's paragraph module, whenever it is first imported, to leave
one costly regular expression for its first use: ``uri_pat``, a URL validator matched only when
a long word that is a URL must be broken, whose case-insensitive Unicode classes take Python's
``re`` about 30 ms to compile - a quarter of importing ReportLab's layout engine, paid on every
first export of a session. The pattern, its flags and every use stay ReportLab's own. Nothing
of ReportLab is imported here (the interface imports ``report.models`` at start-up).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import re
import sys
import threading
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

_MODULE = "reportlab.platypus.paragraph"
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class _CompiledOnFirstUse:
    """Stands for a compiled pattern; compiles it the first time any of its methods is used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            with self._lock:
                compiled = self._compiled
                if compiled is None:
                    compiled = self._compiled = re.compile(*self._source)
        return getattr(compiled, name)


class _LazyUriLoader(importlib.abc.Loader):
    """Runs the module with ``re.compile`` answering the URL pattern with a stand-in."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._inner.create_module(spec)  # type: ignore[no-any-return]

    def exec_module(self, module: ModuleType) -> None:
        real_compile = re.compile

        def compile_lazily(pattern: Any, flags: int = 0) -> Any:
            if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
                return _CompiledOnFirstUse(pattern, flags)
            return real_compile(pattern, flags)

        re.compile = compile_lazily  # type: ignore[assignment]
        try:
            self._inner.exec_module(module)
        finally:
            re.compile = real_compile

    def __getattr__(self, name: str) -> Any:  # get_source, get_code...: the real loader's
        return getattr(self._inner, name)


class _ParagraphFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != _MODULE:
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)  # once; the finders after it find the real module
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _LazyUriLoader(spec.loader)
        return spec


if _MODULE not in sys.modules and not any(isinstance(f, _ParagraphFinder) for f in sys.meta_path):
    sys.meta_path.insert(0, _ParagraphFinder())
