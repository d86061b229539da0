"""The meeting brief as HTML for the prep screen: built to be read in under a minute.

Order: what and when; who is in the room (and what each cares about, what we owe them); then
talking points and questions beside open actions, opportunities and the last interactions.
Every user string is escaped.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from kam_desktop.domain.enums import Attitude, DecisionRole
from kam_desktop.services.meeting_models import BriefAttendee, MeetingBrief

ATTITUDE_COLOURS = {
    Attitude.STRONG_SUPPORTER: "#1b7f3b",
    Attitude.SUPPORTER: "#3c9a5f",
    Attitude.NEUTRAL: "#666666",
    Attitude.OPPONENT: "#c0564b",
    Attitude.STRONG_OPPONENT: "#b3261e",
}
ROLE_LABELS = {DecisionRole.ECONOMIC_BUYER: "Economic buyer", DecisionRole.DECISION_MAKER: "Decision maker"}
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


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _dots(value: int | None) -> str:
    if value is None:
        return "<span class='muted'>?</span>"
    return "●" * value + "<span style='color:#ccc'>" + "●" * (5 - value) + "</span>"


def _ago(day: dt.date | None, today: dt.date) -> str:
    if day is None:
        return "<span class='warn'>never</span>"
    days = (today - day).days
    text = "today" if days == 0 else f"{days} days ago" if days > 0 else f"in {-days} days"
    cls = "warn" if days > 60 else "muted"
    return f"{day.isoformat()}<br><span class='{cls}'>{text}</span>"


def _when(brief: MeetingBrief) -> str:
    if brief.meeting_date is None:
        return "No upcoming meeting: account brief around the most influential people."
    day = brief.meeting_date
    days = (day - brief.generated_on).days
    rel = (
        "today"
        if days == 0
        else "tomorrow"
        if days == 1
        else f"in {days} days"
        if days > 0
        else f"{-days} days ago"
    )
    parts = [day.strftime("%a %d %b %Y")]
    if brief.meeting_time:
        parts.append(brief.meeting_time.strftime("%H:%M"))
    if brief.kind:
        parts.append(brief.kind.label)
    if brief.location:
        parts.append(_e(brief.location))
    return " · ".join(parts) + f" <b>({rel})</b>"


def _lines(items: tuple[str, ...], empty: str = "—") -> str:
    if not items:
        return f"<span class='muted'>{empty}</span>"
    return "<br>".join(f"• {_e(i)}" for i in items)


def _person_row(a: BriefAttendee, today: dt.date, shade: bool) -> str:
    role = ROLE_LABELS.get(a.decision_role, a.decision_role.label) if a.decision_role else "role unknown"
    attitude = ""
    if a.attitude is not None:
        attitude = f"<br><span style='color:{ATTITUDE_COLOURS[a.attitude]}; font-weight:600'>{_e(a.attitude.label)}</span>"
    who = f"<span class='name'>{_e(a.name)}</span><br>{_e(a.title or 'no title')}" + (
        f"<br><span class='muted'>{_e(a.buying_centre)}</span>" if a.buying_centre else ""
    )
    stance = f"{_e(role)}{attitude}<br>influence {_dots(a.influence)}<br>relationship {_dots(a.relationship_strength)}"
    ours = (
        f"{_e(a.owner) if a.owner else '<span class=warn>no owner</span>'}"
        f"<br><span class='muted'>last contact</span><br>{_ago(a.last_contact, today)}"
    )
    bg = " style='background-color:#f7f9fc'" if shade else ""
    return (
        f"<tr{bg}><td>{who}</td><td>{stance}</td><td>{_lines(a.cares_about)}</td>"
        f"<td>{_lines(a.open_actions, 'nothing open')}</td><td>{ours}</td></tr>"
    )


def render_brief(brief: MeetingBrief) -> str:
    today = brief.generated_on
    title = brief.subject or (brief.kind.label if brief.kind else "Account brief")
    out = [
        f"<p style='font-size:17px; font-weight:600; margin:0px'>{_e(title)} — {_e(brief.account_name)}</p>",
        f"<div>{_when(brief)}</div>",
    ]

    theirs = [a for a in brief.attendees if a.is_stakeholder]
    ours = [a for a in brief.attendees if not a.is_stakeholder]
    out.append(
        "<p style='font-size:14px; font-weight:600; color:#1f3b63; margin-top:10px; margin-bottom:2px'>Who is in the room</p>"
    )
    if not theirs:
        out.append(
            "<p class='muted'>No one from the account is listed as attending. Add attendees to the meeting "
            "(Execution ▸ Interactions).</p>"
        )
    if theirs:
        out.append(
            "<table width='100%' cellspacing='0' cellpadding='4'><tr><th width='19%'>Person</th>"
            "<th width='17%'>Stance</th><th width='28%'>Cares about</th><th width='22%'>Open actions for them</th>"
            "<th width='14%'>Our owner</th></tr>"
        )
        out += [_person_row(a, today, i % 2 == 1) for i, a in enumerate(theirs)]
        out.append("</table>")
    if ours:
        team = ", ".join(
            f"{_e(a.name)}"
            + (f" ({_e(a.title)})" if a.title else "")
            + (f" — {len(a.open_actions)} open action(s)" if a.open_actions else "")
            for a in ours
        )
        out.append(f"<div><span class='muted'>Our side:</span> {team}</div>")

    left: list[str] = [
        "<p style='font-size:14px; font-weight:600; color:#1f3b63; margin-top:10px; margin-bottom:2px'>Talking points</p>"
    ]
    left.append(
        "<ol>" + "".join(f"<li>{_e(p)}</li>" for p in brief.talking_points) + "</ol>"
        if brief.talking_points
        else "<p class='muted'>No objectives or whitespace to draw on yet.</p>"
    )
    left.append(
        "<p style='font-size:14px; font-weight:600; color:#1f3b63; margin-top:10px; margin-bottom:2px'>Questions to ask</p>"
    )
    left.append(
        "<ul>" + "".join(f"<li>{_e(q)}</li>" for q in brief.open_questions) + "</ul>"
        if brief.open_questions
        else "<p class='muted'>No open research questions.</p>"
    )
    if brief.objectives:
        left.append(
            "<p style='font-size:14px; font-weight:600; color:#1f3b63; margin-top:10px; margin-bottom:2px'>Our objectives</p><ul>"
            + "".join(f"<li>{_e(o)}</li>" for o in brief.objectives)
            + "</ul>"
        )

    right: list[str] = [
        "<p style='font-size:14px; font-weight:600; color:#1f3b63; margin-top:10px; margin-bottom:2px'>Open actions</p>"
    ]
    if brief.open_actions:
        items = []
        for a in brief.open_actions:
            due = a.due_date.isoformat() if a.due_date else "no date"
            flag = (
                f"<span class='warn'>OVERDUE {due}</span>"
                if a.overdue
                else f"<span class='muted'>{due}</span>"
            )
            who = f" · {_e(a.owner)}" if a.owner else " · <span class='warn'>no owner</span>"
            items.append(
                f"<li>{_e(a.title)} — {flag}{who}"
                + (f" · for {_e(a.stakeholder)}" if a.stakeholder else "")
                + "</li>"
            )
        right.append("<ul>" + "".join(items) + "</ul>")
    else:
        right.append("<p class='muted'>Nothing open involving these people.</p>")
    right.append(
        "<p style='font-size:14px; font-weight:600; color:#1f3b63; margin-top:10px; margin-bottom:2px'>Live opportunities</p>"
    )
    if brief.opportunities:
        right.append(
            "<ul>"
            + "".join(
                f"<li>{_e(o.title)} — {_e(o.stage.label)}, {o.value:,.0f} {_e(brief.currency)} at {o.probability}%"
                + (f", close {o.expected_close.isoformat()}" if o.expected_close else "")
                + (f" <span class='muted'>({_e(o.buying_centre)})</span>" if o.buying_centre else "")
                + "</li>"
                for o in brief.opportunities
            )
            + "</ul>"
        )
    else:
        right.append("<p class='muted'>No live opportunity in their buying centres.</p>")
    right.append(
        "<p style='font-size:14px; font-weight:600; color:#1f3b63; margin-top:10px; margin-bottom:2px'>Last interactions</p>"
    )
    if brief.last_interactions:
        right.append(
            "<ul>"
            + "".join(
                f"<li><b>{i.on_date.isoformat()}</b> {_e(i.kind.label)}: {_e(i.subject)}"
                + (f"<br>{_e(i.summary)}" if i.summary else "")
                + (f"<br><span class='muted'>Next steps:</span> {_e(i.next_steps)}" if i.next_steps else "")
                + "</li>"
                for i in brief.last_interactions
            )
            + "</ul>"
        )
    else:
        right.append("<p class='muted'>Nothing logged yet.</p>")
    if brief.upcoming:
        right.append(
            "<p style='font-size:14px; font-weight:600; color:#1f3b63; margin-top:10px; margin-bottom:2px'>Also coming up</p><ul>"
            + "".join(
                f"<li>{u.on_date.isoformat()} {_e(u.kind.label)}: {_e(u.subject)}</li>"
                for u in brief.upcoming
            )
            + "</ul>"
        )

    out.append(
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='50%' style='padding-right:14px'>{''.join(left)}</td>"
        f"<td width='50%'>{''.join(right)}</td></tr></table>"
    )
    out.append(
        f"<p class='muted'>Prepared {today.isoformat()} · internal: never hand this to the customer.</p>"
    )
    return "".join(out)
