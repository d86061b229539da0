"""Screenshot view ``wizard:PHASE:ACCOUNT NAME[:PAGE KEY]`` - that phase's wizard for that account,
opened on the given page (or where the user left off). Works for all 5 phases.

Examples: ``wizard:strategy:Alpen Logistics AG``, ``wizard:research:Alpen Logistics AG:research.questions``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from kam_desktop.domain.enums import Phase
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.wizard import FLOWS
from kam_desktop.services.accounts import find_account_id
from kam_desktop.ui.screenshot import register
from kam_desktop.ui.wizards.base import PhaseWizard

WIZARD_SIZE = (960, 720)


def parse_phase(text: str) -> Phase:
    cleaned = text.strip().lower().replace(" ", "_").replace("-", "_")
    for phase in Phase:
        if cleaned in (phase.value, phase.label.lower().replace(" ", "_")):
            return phase
    raise DomainError(f"Unknown phase “{text}”. Phases: {', '.join(p.value for p in Phase)}.")


def parse_argument(arg: str) -> tuple[Phase, str, str | None]:
    """'PHASE:ACCOUNT NAME[:PAGE KEY]' -> (phase, account name, page key or None). The account name
    may itself contain ':'; a trailing part is a page key only if it names a page of the phase."""
    phase_text, _, rest = arg.partition(":")
    phase = parse_phase(phase_text)
    keys = {p.key for p in FLOWS[phase].pages}
    name, _, last = rest.rpartition(":")
    if name and last.strip() in keys:
        return phase, name, last.strip()
    if not rest.strip():
        raise DomainError("Name the account: wizard:PHASE:ACCOUNT NAME[:PAGE KEY].")
    return phase, rest, None


def open_wizard_on(window: object, phase: Phase, account_id: int, page_key: str | None) -> PhaseWizard:
    ctx = window.ctx  # type: ignore[attr-defined]
    wizard = PhaseWizard(ctx, account_id, phase, window if isinstance(window, QWidget) else None)
    if page_key is not None:
        if page_key not in wizard.flow.keys_for(wizard.rigour):
            shown = ", ".join(wizard.flow.keys_for(wizard.rigour))
            raise DomainError(
                f"The page {page_key} is not shown at {wizard.rigour.label.lower()} rigour (pages: {shown})."
            )
        wizard.go_to(page_key)
    wizard.resize(*WIZARD_SIZE)
    wizard.show()
    app = QApplication.instance()
    for _ in range(5):
        if app is not None:
            app.processEvents()
    return wizard


@register("wizard")
def _wizard(window, arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    phase, name, page_key = parse_argument(arg)
    account_id = find_account_id(window.ctx.db, name)
    window.open_account(account_id, "Overview")
    return open_wizard_on(window, phase, account_id, page_key)
