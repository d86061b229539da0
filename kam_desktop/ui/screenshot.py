"""Render a view of the app to PNG (``--screenshot FILE --view VIEW``), for docs and checks.

Views are registered by name: ``portfolio``, ``chart``, ``accounts``, ``team``, ``program``,
``account:NAME[:TAB]``, and whatever other screens register (``roles:NAME``,
``brief:NAME``, ``wizard:PHASE:NAME`` ...). A view function prepares the window (or returns a
separate widget) and the returned widget is grabbed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from kam_desktop.domain.errors import DomainError
from kam_desktop.services.accounts import find_account_id

ViewFunc = Callable[["object", str], QWidget]  # (main window, argument) -> widget to grab
VIEWS: dict[str, ViewFunc] = {}
SCREENSHOT_SIZE = (1400, 880)


def register(name: str) -> Callable[[ViewFunc], ViewFunc]:
    def wrap(func: ViewFunc) -> ViewFunc:
        VIEWS[name] = func
        return func

    return wrap


def _settle() -> None:
    app = QApplication.instance()
    for _ in range(5):
        assert app is not None
        app.processEvents()


@register("portfolio")
def _portfolio(window, _arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    window.show_section(0)
    return window


@register("chart")
def _chart(window, _arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    window.show_section(0)
    window.portfolio_page.show_chart()
    return window


@register("accounts")
def _accounts(window, _arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    window.show_section(1)
    return window


@register("team")
def _team(window, _arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    window.show_section(2)
    return window


@register("program")
def _program(window, arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    """``program[:TAB]``: TAB is assessment, charter, trust, leadership, selling or settings."""
    window.show_section(3)
    if arg:
        window.program_page.show_tab(arg)
    assessment = window.program_page.assessment
    if assessment.is_measuring():  # the evidence is measured in a worker thread
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        assessment.evidence_ready.connect(loop.quit)
        loop.exec()
    return window


@register("first-run")
def _first_run(window, arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    """The first-run view as a new user sees it (at 1280x800, or ``first-run:WxH``)."""
    width, _, height = (arg or "1280x800").partition("x")
    window.resize(int(width), int(height))
    _settle()
    window.show_first_run()
    return window


@register("menu")
def _menu(window, arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    """``menu:file`` (or edit, view, help): that menu, open, over the window."""
    menus = {"file": window.file_menu, "edit": window.edit_menu, "help": window.help_menu}
    menu = menus.get(arg or "file")
    if menu is None:
        raise DomainError(f"Unknown menu “{arg}”. Known menus: {', '.join(sorted(menus))}.")
    window.resize(1280, 800)
    _settle()
    if menu is window.file_menu:
        window.fill_recent_menu()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    _settle()
    return menu


@register("account")
def _account(window, arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    name, _, tab = arg.partition(":")
    window.open_account(find_account_id(window.ctx.db, name), tab)
    return window


def _load_extensions() -> None:
    import importlib

    for module in (
        "kam_desktop.ui.team.screens",
        "kam_desktop.ui.meeting.screens",
        "kam_desktop.ui.wizards.screens",
    ):
        importlib.import_module(module)


def render(window, view: str, path: str) -> None:  # type: ignore[no-untyped-def]
    """Render ``view`` and save it to ``path``; raise DomainError for an unknown view."""
    _load_extensions()
    name, _, arg = view.partition(":")
    func = VIEWS.get(name)
    if func is None:
        raise DomainError(f"Unknown view “{view}”. Known views: {', '.join(sorted(VIEWS))}.")
    window.resize(SCREENSHOT_SIZE[0], SCREENSHOT_SIZE[1])
    window.show()
    window.resize(SCREENSHOT_SIZE[0], SCREENSHOT_SIZE[1])
    _settle()
    widget = func(window, arg)
    if not widget.isVisible():
        widget.show()
    _settle()
    if not widget.grab().save(path):
        raise DomainError(f"Could not write the screenshot to {path}.")
