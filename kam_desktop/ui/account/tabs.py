"""The tabs of the account workspace, each in its own module.

A tab module exposes ``Tab(ctx: AppContext)``, a QWidget with ``set_account(account_id: int)``
(and optionally ``refresh()``, ``show_meeting(interaction_id)``). Modules that do not exist
yet show an explanatory placeholder, so each tab can land on its own.
"""

from __future__ import annotations

import importlib
from typing import Protocol

from PySide6.QtWidgets import QWidget

from kam_desktop.i18n import QT_TRANSLATE_NOOP
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.widgets import EmptyState

TAB_MODULES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Overview"), "kam_desktop.ui.account.overview_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Strategy"), "kam_desktop.ui.account.strategy_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Research"), "kam_desktop.ui.account.research_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Action plan"), "kam_desktop.ui.account.action_plan_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Execution"), "kam_desktop.ui.account.execution_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Review"), "kam_desktop.ui.account.review_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Team & roles"), "kam_desktop.ui.team.account_roles_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Whitespace"), "kam_desktop.ui.account.whitespace_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Meeting prep"), "kam_desktop.ui.meeting.prep_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Customer plan"), "kam_desktop.ui.account.customer_tab"),
)


class AccountTab(Protocol):
    def set_account(self, account_id: int) -> None: ...


class PlaceholderTab(EmptyState):
    def __init__(self, title: str) -> None:
        super().__init__(title, "This part of the account plan is not available in this version yet.")

    def set_account(self, account_id: int) -> None:
        pass


def make_tab(ctx: AppContext, title: str, module_name: str) -> QWidget:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return PlaceholderTab(title)
    tab: QWidget = module.Tab(ctx)
    return tab
