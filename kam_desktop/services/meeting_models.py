"""Read models of the meeting brief, shared by the meeting-prep screen and the brief PDF.

``kam_desktop.services.meeting.build_brief(db, account_id, interaction_id=None)`` fills them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from kam_desktop.domain.enums import (
    ActionStatus,
    Attitude,
    DecisionRole,
    InteractionKind,
    OpportunityStage,
)


@dataclass(frozen=True)
class BriefAttendee:
    name: str
    title: str
    is_stakeholder: bool  # False = one of our team
    stakeholder_id: int | None = None
    team_member_id: int | None = None
    buying_centre: str = ""
    decision_role: DecisionRole | None = None  # internal
    influence: int | None = None  # internal, 1-5
    attitude: Attitude | None = None  # internal
    relationship_strength: int | None = None  # internal, 1-5
    owner: str = ""  # our person who owns the relationship
    last_contact: dt.date | None = None
    cares_about: tuple[str, ...] = ()  # needs, 'cares about' notes, research answers linked to them
    open_actions: tuple[str, ...] = ()  # titles of open actions involving them


@dataclass(frozen=True)
class BriefAction:
    id: int
    title: str
    owner: str
    due_date: dt.date | None
    status: ActionStatus
    overdue: bool
    stakeholder: str = ""


@dataclass(frozen=True)
class BriefOpportunity:
    id: int
    title: str
    buying_centre: str
    offering: str
    stage: OpportunityStage
    value: Decimal  # internal
    probability: int  # internal
    expected_close: dt.date | None


@dataclass(frozen=True)
class BriefInteraction:
    id: int
    on_date: dt.date
    kind: InteractionKind
    subject: str
    summary: str
    next_steps: str


@dataclass(frozen=True)
class MeetingBrief:
    account_id: int
    account_name: str
    currency: str
    generated_on: dt.date
    interaction_id: int | None  # None = no upcoming meeting chosen (brief for the account)
    meeting_date: dt.date | None = None
    meeting_time: dt.time | None = None
    kind: InteractionKind | None = None
    subject: str = ""
    location: str = ""
    attendees: tuple[BriefAttendee, ...] = ()
    objectives: tuple[str, ...] = ()
    open_actions: tuple[BriefAction, ...] = ()
    opportunities: tuple[BriefOpportunity, ...] = ()  # live ones in the attendees' buying centres
    last_interactions: tuple[BriefInteraction, ...] = ()  # the last three, newest first
    open_questions: tuple[str, ...] = ()  # research questions still to ask
    talking_points: tuple[str, ...] = ()  # derived from objectives and whitespace
    upcoming: tuple[BriefInteraction, ...] = field(default_factory=tuple)  # other upcoming meetings
    prepared_by: str = ""  # the user (program settings): the PDF's author
