"""The meeting brief as HTML for the prep screen: built to be read in under a minute.

Order: what and when; who is in the room (and what each cares about, what we owe them); then
talking points and questions beside open actions, opportunities and the last interactions.
Every user string is escaped.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from html import escape

from PySide6.QtCore import QObject

from kam_desktop.domain.enums import Attitude
from kam_desktop.i18n import fmt, translate
from kam_desktop.services.meeting_models import BriefAttendee, MeetingBrief
from kam_desktop.ui.common.locale_format import date_text, long_date_text, money_text

ATTITUDE_COLOURS = {
    Attitude.STRONG_SUPPORTER: "#1b7f3b",
    Attitude.SUPPORTER: "#3c9a5f",
    Attitude.NEUTRAL: "#666666",
    Attitude.OPPONENT: "#c0564b",
    Attitude.STRONG_OPPONENT: "#b3261e",
}

STYLE = """
body { font-size: 13px; color: #222; }
h1 { font-size: 18px; margin: 0px; }
h2 { font-size: 14px; margin-top: 10px; margin-bottom: 3px; color: #1f3b63; }
.muted { color: #666; }
.warn { color: #b3261e; font-weight: 600; }
.name { font-weight: 600; }
ul { margin-top: 0px; margin-bottom: 0px; }
ol { margin-top: 0px; margin-bottom: 0px; }
td { vertical-align: top; }
th { text-align: left; color: #555; font-weight: normal; background-color: #eef2f7; }
"""


class BriefPlurals(QObject):
    """Texts with a count: Qt's tr() picks the singular or plural form (lupdate marks them numerus)."""

    def days_ago(self, n: int) -> str:
        return self.tr("%n days ago", "", n)

    def in_days(self, n: int) -> str:
        return self.tr("in %n days", "", n)

    def open_actions(self, n: int) -> str:
        return self.tr("%n open action(s)", "", n)


@cache
def _plurals() -> BriefPlurals:
    return BriefPlurals()


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _dots(value: int | None) -> str:
    if value is None:
        return "<span class='muted'>?</span>"
    return "●" * value + "<span style='color:#ccc'>" + "●" * (5 - value) + "</span>"


def _ago(day: dt.date | None, today: dt.date) -> str:
    if day is None:
        return "<span class='warn'>" + translate("MeetingBrief", "never") + "</span>"
    days = (today - day).days
    text = (
        translate("MeetingBrief", "today")
        if days == 0
        else _plurals().days_ago(days)
        if days > 0
        else _plurals().in_days(-days)
    )
    cls = "warn" if days > 60 else "muted"
    return f"{date_text(day)}<br><span class='{cls}'>{text}</span>"


def _when(brief: MeetingBrief) -> str:
    if brief.meeting_date is None:
        return translate(
            "MeetingBrief", "No upcoming meeting: account brief around the most influential people."
        )
    day = brief.meeting_date
    days = (day - brief.generated_on).days
    rel = (
        translate("MeetingBrief", "today")
        if days == 0
        else translate("MeetingBrief", "tomorrow")
        if days == 1
        else _plurals().in_days(days)
        if days > 0
        else _plurals().days_ago(-days)
    )
    parts = [long_date_text(day, "full")]
    if brief.meeting_time:
        parts.append(brief.meeting_time.strftime("%H:%M"))
    if brief.kind:
        parts.append(brief.kind.label)
    if brief.location:
        parts.append(_e(brief.location))
    return " · ".join(parts) + f" <b>({rel})</b>"


def _heading(text: str) -> str:
    return (
        "<p style='font-size:14px; font-weight:600; color:#1f3b63; margin-top:10px; margin-bottom:2px'>"
        + escape(text)
        + "</p>"
    )


def _muted(text: str) -> str:
    return "<p class='muted'>" + escape(text) + "</p>"


def _lines(items: tuple[str, ...], empty: str = "—") -> str:
    if not items:
        return f"<span class='muted'>{empty}</span>"
    return "<br>".join(f"• {_e(i)}" for i in items)


def _person_row(a: BriefAttendee, today: dt.date, shade: bool) -> str:
    role = a.decision_role.label if a.decision_role else translate("MeetingBrief", "role unknown")
    attitude = ""
    if a.attitude is not None:
        attitude = f"<br><span style='color:{ATTITUDE_COLOURS[a.attitude]}; font-weight:600'>{_e(a.attitude.label)}</span>"
    who = (
        f"<span class='name'>{_e(a.name)}</span><br>" + (_e(a.title or translate("MeetingBrief", "no title")))
    ) + (f"<br><span class='muted'>{_e(a.buying_centre)}</span>" if a.buying_centre else "")
    stance = (
        f"{_e(role)}{attitude}<br>" + (_e(translate("MeetingBrief", "influence"))) + f" {_dots(a.influence)}"
        "<br>" + (_e(translate("MeetingBrief", "relationship"))) + f" {_dots(a.relationship_strength)}"
    )
    ours = (
        (_e(a.owner) if a.owner else "<span class=warn>" + translate("MeetingBrief", "no owner") + "</span>")
        + "<br><span class='muted'>"
        + translate("MeetingBrief", "last contact")
        + f"</span><br>{_ago(a.last_contact, today)}"
    )
    bg = " style='background-color:#f7f9fc'" if shade else ""
    return (
        f"<tr{bg}><td>{who}</td><td>{stance}</td><td>{_lines(a.cares_about)}</td>"
        "<td>"
        + (_lines(a.open_actions, translate("MeetingBrief", "nothing open")))
        + f"</td><td>{ours}</td></tr>"
    )


def render_brief(brief: MeetingBrief) -> str:
    today = brief.generated_on
    title = brief.subject or (brief.kind.label if brief.kind else translate("MeetingBrief", "Account brief"))
    out = [
        f"<p style='font-size:17px; font-weight:600; margin:0px'>{_e(title)} — {_e(brief.account_name)}</p>",
        f"<div>{_when(brief)}</div>",
    ]

    theirs = [a for a in brief.attendees if a.is_stakeholder]
    ours = [a for a in brief.attendees if not a.is_stakeholder]
    out.append(_heading(translate("MeetingBrief", "Who is in the room")))
    if not theirs:
        out.append(
            _muted(
                translate(
                    "MeetingBrief",
                    "No one from the account is listed as attending. Add attendees to the meeting "
                    "(Execution ▸ Interactions).",
                )
            )
        )
    if theirs:
        out.append(
            "<table width='100%' cellspacing='0' cellpadding='4'><tr>"
            + ("<th width='19%'>" + (_e(translate("MeetingBrief", "Person"))) + "</th>")
            + ("<th width='17%'>" + (_e(translate("MeetingBrief", "Stance"))) + "</th>")
            + ("<th width='28%'>" + (_e(translate("MeetingBrief", "Cares about"))) + "</th>")
            + ("<th width='22%'>" + (_e(translate("MeetingBrief", "Open actions for them"))) + "</th>")
            + ("<th width='14%'>" + (_e(translate("MeetingBrief", "Our owner"))) + "</th></tr>")
        )
        out += [_person_row(a, today, i % 2 == 1) for i, a in enumerate(theirs)]
        out.append("</table>")
    if ours:
        team = ", ".join(
            f"{_e(a.name)}"
            + (f" ({_e(a.title)})" if a.title else "")
            + (" — " + _plurals().open_actions(len(a.open_actions)) if a.open_actions else "")
            for a in ours
        )
        out.append(
            "<div><span class='muted'>"
            + (_e(translate("MeetingBrief", "Our side:")))
            + f"</span> {team}</div>"
        )

    left: list[str] = [_heading(translate("MeetingBrief", "Talking points"))]
    left.append(
        "<ol>" + "".join(f"<li>{_e(p)}</li>" for p in brief.talking_points) + "</ol>"
        if brief.talking_points
        else _muted(translate("MeetingBrief", "No objectives or whitespace to draw on yet."))
    )
    left.append(_heading(translate("MeetingBrief", "Questions to ask")))
    left.append(
        "<ul>" + "".join(f"<li>{_e(q)}</li>" for q in brief.open_questions) + "</ul>"
        if brief.open_questions
        else _muted(translate("MeetingBrief", "No open research questions."))
    )
    if brief.objectives:
        left.append(
            _heading(translate("MeetingBrief", "Our objectives"))
            + "<ul>"
            + "".join(f"<li>{_e(o)}</li>" for o in brief.objectives)
            + "</ul>"
        )

    right: list[str] = [_heading(translate("MeetingBrief", "Open actions"))]
    if brief.open_actions:
        items = []
        for a in brief.open_actions:
            due = date_text(a.due_date) if a.due_date else translate("MeetingBrief", "no date")
            flag = (
                ("<span class='warn'>" + (_e(fmt(translate("MeetingBrief", "OVERDUE %1"), due))) + "</span>")
                if a.overdue
                else f"<span class='muted'>{due}</span>"
            )
            who = (
                f" · {_e(a.owner)}"
                if a.owner
                else " · <span class='warn'>" + translate("MeetingBrief", "no owner") + "</span>"
            )
            items.append(
                f"<li>{_e(a.title)} — {flag}{who}"
                + (
                    " · " + _e(fmt(translate("MeetingBrief", "for %1"), a.stakeholder))
                    if a.stakeholder
                    else ""
                )
                + "</li>"
            )
        right.append("<ul>" + "".join(items) + "</ul>")
    else:
        right.append(_muted(translate("MeetingBrief", "Nothing open involving these people.")))
    right.append(_heading(translate("MeetingBrief", "Live opportunities")))
    if brief.opportunities:
        right.append(
            "<ul>"
            + "".join(
                f"<li>{_e(o.title)} — {_e(o.stage.label)}, "
                + _e(
                    fmt(
                        translate("MeetingBrief", "%1 at %2%"),
                        money_text(o.value, brief.currency, decimals=False),
                        o.probability,
                    )
                )
                + (
                    ", " + _e(fmt(translate("MeetingBrief", "close %1"), date_text(o.expected_close)))
                    if o.expected_close
                    else ""
                )
                + (f" <span class='muted'>({_e(o.buying_centre)})</span>" if o.buying_centre else "")
                + "</li>"
                for o in brief.opportunities
            )
            + "</ul>"
        )
    else:
        right.append(_muted(translate("MeetingBrief", "No live opportunity in their buying centres.")))
    right.append(_heading(translate("MeetingBrief", "Last interactions")))
    if brief.last_interactions:
        right.append(
            "<ul>"
            + "".join(
                f"<li><b>{date_text(i.on_date)}</b> {_e(i.kind.label)}: {_e(i.subject)}"
                + (f"<br>{_e(i.summary)}" if i.summary else "")
                + (
                    (
                        "<br><span class='muted'>"
                        + (_e(translate("MeetingBrief", "Next steps:")))
                        + f"</span> {_e(i.next_steps)}"
                    )
                    if i.next_steps
                    else ""
                )
                + "</li>"
                for i in brief.last_interactions
            )
            + "</ul>"
        )
    else:
        right.append(_muted(translate("MeetingBrief", "Nothing logged yet.")))
    if brief.upcoming:
        right.append(
            _heading(translate("MeetingBrief", "Also coming up"))
            + "<ul>"
            + "".join(
                f"<li>{date_text(u.on_date)} {_e(u.kind.label)}: {_e(u.subject)}</li>" for u in brief.upcoming
            )
            + "</ul>"
        )

    out.append(
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='50%' style='padding-right:14px'>{''.join(left)}</td>"
        f"<td width='50%'>{''.join(right)}</td></tr></table>"
    )
    out.append(
        _muted(
            fmt(
                translate("MeetingBrief", "Prepared %1 · internal: never hand this to the customer."),
                date_text(today),
            )
        )
    )
    return "".join(out)
