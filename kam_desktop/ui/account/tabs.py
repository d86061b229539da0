"""The tabs of the account workspace, each in its own module.

A tab module exposes ``Tab(ctx: AppContext)``, a QWidget with ``set_account(account_id: int)``
(and optionally ``refresh()``, ``show_meeting(interaction_id)``). The phase tabs live in the
phase's own package (``strategy/``, ``research/``, ``action_plan/``, ``execution/``, ``review/``),
beside that phase's wizard pages. Modules are imported when the workspace is first built.
"""

from __future__ import annotations

import importlib
from typing import Protocol

from PySide6.QtWidgets import QWidget

from kam_desktop.i18n import QT_TRANSLATE_NOOP
from kam_desktop.ui.common.context import AppContext

TAB_MODULES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Overview"), "kam_desktop.ui.account.overview_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Strategy"), "kam_desktop.ui.account.strategy.tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Research"), "kam_desktop.ui.account.research.tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Action plan"), "kam_desktop.ui.account.action_plan.tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Execution"), "kam_desktop.ui.account.execution.tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Review"), "kam_desktop.ui.account.review.tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Team & roles"), "kam_desktop.ui.team.account_roles_tab"),
    (
        QT_TRANSLATE_NOOP("AccountWorkspace", "Whitespace"),
        "kam_desktop.ui.account.action_plan.whitespace_tab",
    ),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Meeting prep"), "kam_desktop.ui.meeting.prep_tab"),
    (QT_TRANSLATE_NOOP("AccountWorkspace", "Customer plan"), "kam_desktop.ui.account.customer_tab"),
)


class AccountTab(Protocol):
    def set_account(self, account_id: int) -> None: ...


def make_tab(ctx: AppContext, title: str, module_name: str) -> QWidget:
    module = importlib.import_module(module_name)
    tab: QWidget = module.Tab(ctx)
    return tab
