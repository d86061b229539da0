"""Undo for every edit, through the application's one QUndoStack (``AppContext.undo_stack``).

The rule: the service call runs first; only when it succeeded is a command pushed (a
``QUndoCommand`` whose ``redo()`` raised inside ``push()`` would stay on the stack, and Undo
would then "restore" what never changed). The pushed command skips the ``redo()`` that
``push()`` calls, since the change is already made; later redo()/undo() call the services again
and announce the change, so every open screen refreshes itself. Commands hold ids and values,
never widgets. When an undo or redo is refused (the record changed since, or is gone) the user
is told why and the command leaves the stack.

- ``delete``: move to the trash now; undo = restore, redo = move to the trash again.
- ``record_add``: after a dialog created a record; undo = trash it, redo = restore it.
- ``capture`` + ``record_edit``: a snapshot before the edit, one after; undo/redo put them back.
- ``UndoActions``: Edit > Undo / Redo, named after the command ("Undo Delete account “X”").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.ui.common import prompter
from kam_desktop.ui.common.context import AppContext, Topic

if TYPE_CHECKING:
    from kam_desktop.services.undo import Snapshot

PLAN: tuple[Topic, ...] = (Topic.PLAN,)


class ServiceCommand(QUndoCommand):
    """A change already made through a service; ``undo_fn``/``redo_fn`` make it again."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        undo_fn: Callable[[], Any],
        redo_fn: Callable[[], Any],
        topics: Iterable[Topic] = PLAN,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.undo_fn = undo_fn
        self.redo_fn = redo_fn
        self.topics = tuple(topics)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # push() calls redo(): the service call already ran
            self._pushed = True
            return
        self._run(self.redo_fn, translate("Undo", "Redo refused"))

    def undo(self) -> None:
        self._run(self.undo_fn, translate("Undo", "Undo refused"))

    def _run(self, fn: Callable[[], Any], title: str) -> None:
        try:
            fn()
        except DomainError as exc:
            self.setObsolete(True)  # QUndoStack drops it: no second try at a refused step
            prompter.warn(None, title, exc.message)
        self.ctx.notify(*self.topics)


def push_done(
    ctx: AppContext,
    text: str,
    undo_fn: Callable[[], Any],
    redo_fn: Callable[[], Any],
    topics: Iterable[Topic] = PLAN,
) -> ServiceCommand:
    """Push a change the caller has already made successfully."""
    command = ServiceCommand(ctx, text, undo_fn, redo_fn, topics)
    ctx.undo_stack.push(command)
    return command


def delete(
    ctx: AppContext,
    parent: QWidget | None,
    kind: str,
    item_id: int,
    text: str,
    topics: Iterable[Topic] = PLAN,
    do: Callable[[], Any] | None = None,
) -> bool:
    """Move a record to the trash (``do``, else the trash service) and push its undo.

    A refused delete shows the reason, pushes nothing and returns False."""
    from kam_desktop.services import trash

    db = ctx.db
    try:
        if do is not None:
            do()
        else:
            trash.move_to_trash(db, kind, item_id)
    except DomainError as exc:
        prompter.warn(parent, translate("Undo", "Not deleted"), exc.message)
        return False
    push_done(
        ctx,
        text,
        lambda: trash.restore(db, kind, item_id),
        lambda: trash.move_to_trash(db, kind, item_id),
        topics,
    )
    ctx.notify(*topics)
    return True


def record_add(ctx: AppContext, kind: str, item_id: int, text: str, topics: Iterable[Topic] = PLAN) -> None:
    """Push the undo of a record just created (undo = to the trash, redo = back)."""
    from kam_desktop.services import trash

    db = ctx.db
    push_done(
        ctx,
        text,
        lambda: trash.move_to_trash(db, kind, item_id),
        lambda: trash.restore(db, kind, item_id),
        topics,
    )


def capture(ctx: AppContext, kind: str, item_id: int) -> Snapshot | None:
    """The record as stored, before an edit (None when it cannot be read: no undo then)."""
    from kam_desktop.services import undo as undo_service

    try:
        return undo_service.snapshot(ctx.db, kind, item_id)
    except DomainError:
        return None


def record_edit(ctx: AppContext, before: Snapshot | None, text: str, topics: Iterable[Topic] = PLAN) -> bool:
    """Push the undo of an edit made since ``before`` was captured; nothing when nothing changed."""
    from kam_desktop.services import undo as undo_service

    after = capture(ctx, before.kind, before.id) if before is not None else None
    if before is None or after is None or (after.values, after.owned) == (before.values, before.owned):
        return False
    db = ctx.db
    push_done(
        ctx,
        text,
        lambda: undo_service.put_back(db, before, expect=after),
        lambda: undo_service.put_back(db, after, expect=before),
        topics,
    )
    return True


def run_edit(
    ctx: AppContext,
    parent: QWidget | None,
    kind: str,
    item_id: int,
    text: str,
    do: Callable[[], Any],
    topics: Iterable[Topic] = PLAN,
) -> bool:
    """Capture, run the service call, push its undo and announce it; a refusal is shown and
    pushes nothing."""
    before = capture(ctx, kind, item_id)
    try:
        do()
    except DomainError as exc:
        prompter.warn(parent, translate("Undo", "Not saved"), exc.message)
        return False
    record_edit(ctx, before, text, topics)
    ctx.notify(*topics)
    return True


# What the commands call each kind of record (the trash's kinds, and the plan's strategy).
KIND_NOUNS: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("Undo", "account"),
    "buying_centre": QT_TRANSLATE_NOOP("Undo", "buying centre"),
    "stakeholder": QT_TRANSLATE_NOOP("Undo", "stakeholder"),
    "trend": QT_TRANSLATE_NOOP("Undo", "trend"),
    "need": QT_TRANSLATE_NOOP("Undo", "need"),
    "competitor": QT_TRANSLATE_NOOP("Undo", "competitor"),
    "interaction": QT_TRANSLATE_NOOP("Undo", "interaction"),
    "opportunity": QT_TRANSLATE_NOOP("Undo", "opportunity"),
    "objective": QT_TRANSLATE_NOOP("Undo", "objective"),
    "research_answer": QT_TRANSLATE_NOOP("Undo", "research answer"),
    "value_proposition": QT_TRANSLATE_NOOP("Undo", "value proposition"),
    "action": QT_TRANSLATE_NOOP("Undo", "action"),
    "kpi": QT_TRANSLATE_NOOP("Undo", "KPI"),
    "risk": QT_TRANSLATE_NOOP("Undo", "joint risk"),
    "plan": QT_TRANSLATE_NOOP("Undo", "strategy"),
}


def noun(kind: str) -> str:
    return translate("Undo", KIND_NOUNS.get(kind, kind))


def add_text(kind: str, name: str) -> str:
    if not name.strip():
        return fmt(translate("Undo", "Add %1"), noun(kind))
    return fmt(translate("Undo", "Add %1 “%2”"), noun(kind), quoted(name))


def edit_text(kind: str, name: str) -> str:
    return fmt(translate("Undo", "Edit %1 “%2”"), noun(kind), quoted(name))


def delete_text(kind: str, name: str) -> str:
    return fmt(translate("Undo", "Delete %1 “%2”"), noun(kind), quoted(name))


def deleted_text(kind: str, name: str) -> str:
    """The UndoBar's line after a delete."""
    return fmt(translate("Undo", "Moved to the trash: %1 “%2”."), noun(kind), quoted(name))


def edited(
    ctx: AppContext,
    kind: str,
    item_id: int,
    name: str,
    edit: Callable[[], Any],
    topics: Iterable[Topic] = PLAN,
) -> Any:
    """Run ``edit`` (typically a dialog that saves through a service); when it returns a value,
    push the undo of what it changed. Returns what ``edit`` returned."""
    before = capture(ctx, kind, item_id)
    result = edit()
    if result:
        record_edit(ctx, before, edit_text(kind, name), topics)
    return result


def added(
    ctx: AppContext, kind: str, created: Any, name: str | None = None, topics: Iterable[Topic] = PLAN
) -> Any:
    """After a dialog created ``created`` (a read model with an ``id``), push its undo."""
    item_id = (
        created
        if isinstance(created, int) and not isinstance(created, bool)
        else getattr(created, "id", None)
    )
    if isinstance(item_id, int):
        label = name if name is not None else _name_of(created)
        record_add(ctx, kind, item_id, add_text(kind, label), topics)
    return created


def added_many(
    ctx: AppContext, kind: str, created: Iterable[Any], text: str, topics: Iterable[Topic] = PLAN
) -> None:
    """After one user action created several records, push one command that trashes (undo) and
    restores (redo) them all."""
    from kam_desktop.services import trash

    ids = [row.id for row in created if isinstance(getattr(row, "id", None), int)]
    if not ids:
        return
    db = ctx.db

    def trash_all() -> None:
        for item_id in ids:
            trash.move_to_trash(db, kind, item_id)

    def restore_all() -> None:
        for item_id in ids:
            trash.restore(db, kind, item_id)

    push_done(ctx, text, trash_all, restore_all, topics)


def _name_of(row: Any) -> str:
    for attribute in ("name", "title", "description", "subject", "answer"):
        value = getattr(row, attribute, None)
        if isinstance(value, str) and value:
            return value
    return ""


def track_wizard(ctx: AppContext, wizard: QDialog, plan_id: int, phase_label: str) -> None:
    """The plan's own fields a wizard changes (statement, topics, target, period, rigour...) are
    saved page by page; when the wizard closes, one command undoes them all."""
    before = capture(ctx, "plan", plan_id)

    def on_finished(_result: int) -> None:
        record_edit(ctx, before, fmt(translate("Undo", "Changes to the plan in the %1 wizard"), phase_label))

    wizard.finished.connect(on_finished)


def quoted(text: str, limit: int = 60) -> str:
    """A record's name for a command's text: one line, at most ``limit`` characters."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class UndoActions(QObject):
    """Edit > Undo and Redo, built with the main window's menus (disabled) and bound to the
    context's stack once the database is open. The shortcuts work wherever the focus is in the
    window; a text field with the focus keeps Ctrl+Z for its own typing."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.stack: QUndoStack | None = None
        self.undo_action = QAction(self.tr("&Undo"), parent)
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction(self.tr("&Redo"), parent)
        self.redo_action.setObjectName("action_redo")
        redo_keys = [
            QKeySequence.fromString("Ctrl+Shift+Z")
        ]  # shown in the menu; the platform's own keys too
        redo_keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys
        ]
        self.redo_action.setShortcuts(redo_keys)
        self.undo_action.triggered.connect(self._on_undo_triggered)
        self.redo_action.triggered.connect(self._on_redo_triggered)
        self._update()

    def actions(self) -> list[QAction]:
        return [self.undo_action, self.redo_action]

    def bind(self, stack: QUndoStack) -> None:
        if self.stack is not None and shiboken6.isValid(self.stack):
            self.stack.indexChanged.disconnect(self._update)
            self.stack.cleanChanged.disconnect(self._update)
        self.stack = stack
        stack.indexChanged.connect(self._update)
        stack.cleanChanged.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        stack = self.stack
        if stack is not None and not shiboken6.isValid(stack):  # the context went first
            stack = self.stack = None
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        # a name like "R&D" must not become a mnemonic in the menu
        undo_text = stack.undoText().replace("&", "&&") if stack is not None and can_undo else ""
        redo_text = stack.redoText().replace("&", "&&") if stack is not None and can_redo else ""
        self.undo_action.setText(fmt(self.tr("&Undo %1"), undo_text) if undo_text else self.tr("&Undo"))
        self.redo_action.setText(fmt(self.tr("&Redo %1"), redo_text) if redo_text else self.tr("&Redo"))

    def _on_undo_triggered(self) -> None:
        if self.stack is not None and self.stack.canUndo():
            self.stack.undo()

    def _on_redo_triggered(self) -> None:
        if self.stack is not None and self.stack.canRedo():
            self.stack.redo()
