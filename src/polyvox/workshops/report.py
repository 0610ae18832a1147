"""The workshop's record, at any time: agenda, ideas by cluster, votes, canvases, decisions, forecasts.

`record(workshop)` gathers it once; `markdown`, `csv_text` and `pdf` (reportlab, with a chart of each
Delphi round) write it out. Identities never appear where the activity was anonymous.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from polyvox.core import spreadsheet
from polyvox.workshops import forecasts
from polyvox.workshops.models import IdeaStatus
from polyvox.workshops.voting import tally


def record(workshop) -> dict:
    activities = []
    decisions_seen = set()
    for activity in workshop.activities.select_related("decision", "source").order_by("position", "pk"):
        entry = {"activity": activity, "title": activity.title, "kind": activity.get_kind_display(),
                 "state": activity.get_state_display(), "instructions": activity.instructions}
        if activity.takes_text:
            ideas = list(activity.ideas.filter(status=IdeaStatus.VISIBLE).select_related("cluster", "group", "author"))
            entry["clusters"] = _by_cluster(activity, ideas)
            entry["removed"] = activity.ideas.exclude(status=IdeaStatus.VISIBLE).count()
        if activity.kind == "clusters" and activity.source_id is None:
            entry["clusters"] = _by_cluster(activity, list(activity.ideas.filter(status=IdeaStatus.VISIBLE)))
        if activity.kind == "dots":
            entry["votes"] = tally(activity)
            entry["revealed"] = activity.results_revealed
        if activity.kind == "canvas":
            entry["canvases"] = list(activity.canvases.select_related("idea"))
        if activity.kind == "actions":
            entry["actions"] = list(activity.actions.all())
        if activity.kind == "delphi":
            entry["questions"] = [
                _question_entry(q) for q in activity.questions.all()
            ]
        if activity.decision_id and activity.decision_id not in decisions_seen and activity.kind == "consent":
            decisions_seen.add(activity.decision_id)
            decision = activity.decision
            entry["decision"] = {
                "decision": decision, "objections": list(decision.objections.all()), "amendments": list(decision.amendments.all()),
            }
        activities.append(entry)
    return {
        "workshop": workshop, "generated": timezone.now(), "participants": workshop.participants.count(),
        "activities": activities,
    }


def _question_entry(question) -> dict:
    stats = forecasts.round_stats(question, include_current=True)

    def fmt(value):
        return forecasts.format_value(question, value)

    rows = [{"round": s.round, "count": s.count, "median": fmt(s.median), "q1": fmt(s.q1), "q3": fmt(s.q3), "iqr": f"{s.iqr:g}"}
            for s in stats]
    return {"question": question, "stats": stats, "fmt": fmt, "rows": rows}


def _by_cluster(activity, ideas) -> list[tuple[str, list]]:
    groups: dict = {}
    for idea in ideas:
        groups.setdefault(idea.cluster.name if idea.cluster_id else "", []).append(idea)
    named = [(name, items) for name, items in groups.items() if name]
    loose = groups.get("", [])
    return named + ([(_("Not in a cluster") if named else "", loose)] if loose else [])


def _who(idea) -> str:
    activity = idea.activity
    if activity.anonymous or activity.kind == "solo" or not idea.author_id:
        return ""
    return idea.author.display_name


def _date(value) -> str:
    return date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else ""


# --- Markdown ----------------------------------------------------------------------------------------

def markdown(workshop) -> str:
    data = record(workshop)
    lines = [f"# {workshop.title}", ""]
    if workshop.challenge:
        lines += [workshop.challenge, ""]
    lines += [
        f"- {_('Template')}: {workshop.get_template_display()}",
        f"- {_('Facilitator')}: {workshop.facilitator}",
        f"- {_('Participants')}: {data['participants']}",
        f"- {_('Status')}: {workshop.get_status_display()}",
        f"- {_('Report generated')}: {_date(data['generated'])}",
    ]
    if workshop.initiative_id:
        lines.append(f"- {_('Initiative')}: {workshop.initiative.title}")
    lines += ["", f"## {_('Agenda')}", ""]
    for number, entry in enumerate(data["activities"], start=1):
        lines.append(f"{number}. {entry['title']} ({entry['kind']}, {entry['state']})")
    for entry in data["activities"]:
        lines += ["", f"## {entry['title']}", ""]
        for name, ideas in entry.get("clusters", []):
            if name:
                lines += [f"### {name}", ""]
            for idea in ideas:
                who = _who(idea)
                group = f" [{_('group')} {idea.group.number}]" if idea.group_id else ""
                lines.append(f"- {_md(idea.text)}{group}{f' — {who}' if who else ''}")
                if idea.answer:
                    lines.append(f"  - {_('Answer')}: {_md(idea.answer)}")
            lines.append("")
        if "votes" in entry:
            lines += [f"| {_('Idea')} | {_('Dots')} | {_('Voters')} | {_('Minority view')} |", "|---|---:|---:|---|"]
            for row in entry["votes"]:
                lines.append(f"| {_md(row.text)} | {row.dots} | {row.voters} | {_('yes') if row.minority else ''} |")
        for canvas in entry.get("canvases", []):
            lines += [f"### {_md(canvas.idea.text)}", "", f"- {_('Who')}: {_md(canvas.who)}", f"- {_('What')}: {_md(canvas.what)}",
                      f"- {_('First step')}: {_md(canvas.first_step)}", f"- {_('Risks')}: {_md(canvas.risks)}", ""]
        if entry.get("actions"):
            lines += [f"| {_('Action')} | {_('Owner')} | {_('Date')} |", "|---|---|---|"]
            lines += [f"| {_md(a.text)} | {_md(a.owner)} | {a.due_date.isoformat()} |" for a in entry["actions"]]
        if "decision" in entry:
            lines += _decision_md(entry["decision"])
        for item in entry.get("questions", []):
            q, fmt = item["question"], item["fmt"]
            lines += [f"### {_md(q.text)}{f' ({q.unit})' if q.unit else ''}", "",
                      f"| {_('Round')} | {_('Answers')} | {_('Median')} | Q1 | Q3 | {_('Interquartile range')} |", "|---:|---:|---:|---:|---:|---:|"]
            for s in item["stats"]:
                lines.append(f"| {s.round} | {s.count} | {fmt(s.median)} | {fmt(s.q1)} | {fmt(s.q3)} | {s.iqr:g} |")
            if forecasts.stopped_shrinking(item["stats"]):
                lines.append(f"\n{_('The range stopped shrinking.')}")
            for s in item["stats"]:
                if s.rationales:
                    lines += ["", f"{_('Rationales of round %(r)s') % {'r': s.round}}:"] + [f"- {_md(t)}" for t in s.rationales]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _decision_md(item) -> list[str]:
    decision = item["decision"]
    lines = [f"### {_('Decision')}", "", f"{_('Proposal')}: {_md(decision.proposal)}", "",
             f"{_('Outcome')}: {decision.get_state_display()} {_date(decision.decided_at)}", ""]
    if decision.final_text:
        lines += [f"{_('Final text')}: {_md(decision.final_text)}", ""]
    for objection in item["objections"]:
        lines.append(f"- {_('Objection')}: {_md(objection.text)} — {_('Reason')}: {_md(objection.reason)} — "
                     f"{objection.get_status_display()}{f': {_md(objection.resolution)}' if objection.resolution else ''}")
    for amendment in item["amendments"]:
        lines.append(f"- {_('Amendment')} ({_('accepted') if amendment.accepted else _('proposed')}): {_md(amendment.text)}")
    return lines + [""]


def _md(text) -> str:
    return " ".join(str(text or "").split()).replace("|", "\\|")


# --- CSV ---------------------------------------------------------------------------------------------

CSV_HEADER = ["section", "activity", "item", "text", "cluster_or_group", "value", "detail"]


def csv_text(workshop) -> str:
    data = record(workshop)
    out = io.StringIO()
    writer = spreadsheet.writer(out)
    writer.writerow(CSV_HEADER)
    for position, entry in enumerate(data["activities"], start=1):
        title = entry["title"]
        writer.writerow(["agenda", title, position, entry["kind"], "", entry["state"], ""])
        for name, ideas in entry.get("clusters", []):
            for idea in ideas:
                group = f"{_('group')} {idea.group.number}" if idea.group_id else name
                writer.writerow(["idea", title, idea.pk, idea.text, group, _who(idea), idea.answer])
        for row in entry.get("votes", []):
            writer.writerow(["vote", title, row.idea_id, row.text, row.cluster, row.dots, f"voters={row.voters};minority={int(row.minority)}"])
        for canvas in entry.get("canvases", []):
            for field in ("who", "what", "first_step", "risks"):
                writer.writerow(["canvas", title, canvas.idea_id, canvas.idea.text, field, getattr(canvas, field), ""])
        for action in entry.get("actions", []):
            writer.writerow(["action", title, action.pk, action.text, "", action.owner, action.due_date.isoformat()])
        if "decision" in entry:
            decision = entry["decision"]["decision"]
            writer.writerow(["decision", title, decision.pk, decision.proposal, decision.state, decision.final_text, _date(decision.decided_at)])
            for objection in entry["decision"]["objections"]:
                writer.writerow(["objection", title, objection.pk, objection.text, objection.status, objection.reason, objection.resolution])
            for amendment in entry["decision"]["amendments"]:
                writer.writerow(["amendment", title, amendment.pk, amendment.text, amendment.objection_id or "", int(amendment.accepted), ""])
        for item in entry.get("questions", []):
            q, fmt = item["question"], item["fmt"]
            for s in item["stats"]:
                writer.writerow(["forecast", title, q.pk, q.text, f"round {s.round}", fmt(s.median),
                                 f"n={s.count};q1={fmt(s.q1)};q3={fmt(s.q3)};iqr={s.iqr:g}"])
    return out.getvalue()


# --- PDF ---------------------------------------------------------------------------------------------

def pdf(workshop, language: str | None = None) -> bytes:
    """The report as a PDF in the Service's layout (polyvox.core.pdf): tables fill the frame and wrap,
    figures in the language's format, signature lines for the facilitator and the Service."""
    from django.utils import translation
    from reportlab.platypus import Spacer

    from polyvox.core import pdf as layout
    from polyvox.core.pdf import Number

    language = (language or translation.get_language() or "fr")[:2]
    with translation.override(language):
        doc = layout.Document(_("Workshop report") + f" · {workshop.title}", language, author=str(workshop.facilitator))
        body, h2, h3 = "BodyText", "Heading2", "Heading3"
        data = record(workshop)
        story = doc.title_block(workshop.title)
        if workshop.challenge:
            story.append(doc.p(workshop.challenge))
        facts = [
            (_("Template"), workshop.get_template_display()), (_("Facilitator"), str(workshop.facilitator)),
            (_("Participants"), layout.number(data["participants"], language, 0)), (_("Status"), workshop.get_status_display()),
            (_("Report generated"), _date(data["generated"])),
        ]
        if workshop.initiative_id:
            facts.append((_("Initiative"), workshop.initiative.title))
        story.append(doc.facts(facts))
        story += [Spacer(1, 8), doc.p(_("Agenda"), h2)]
        story.append(doc.table([["#", _("Activity"), _("Kind"), _("State")]] +
                               [[Number(i), e["title"], e["kind"], e["state"]] for i, e in enumerate(data["activities"], 1)],
                               [0.5, 5, 3.2, 1.8]))
        for entry in data["activities"]:
            story += [Spacer(1, 8), doc.p(entry["title"], h2)]
            for name, ideas in entry.get("clusters", []):
                if name:
                    story.append(doc.p(name, h3))
                for idea in ideas:
                    who = _who(idea)
                    group = f" [{_('group')} {idea.group.number}]" if idea.group_id else ""
                    text = escape(idea.text) + escape(group) + (f" <i>— {escape(who)}</i>" if who else "")
                    if idea.answer:
                        text += f"<br/><b>{escape(_('Answer'))}:</b> {escape(idea.answer)}"
                    story.append(doc.rich("• " + text, body))
            if entry.get("votes"):
                rows = [[_("Idea"), _("Dots"), _("Voters"), _("Minority view")]]
                rows += [[r.text, Number(layout.number(r.dots, language, 0)), Number(layout.number(r.voters, language, 0)),
                          _("yes") if r.minority else ""] for r in entry["votes"]]
                story.append(doc.table(rows, [6, 1.2, 1.3, 1.7]))
            for canvas in entry.get("canvases", []):
                story.append(doc.p(canvas.idea.text, h3))
                rows = [[_(label), getattr(canvas, field)] for field, label in
                        (("who", "Who"), ("what", "What"), ("first_step", "First step"), ("risks", "Risks"))]
                story.append(doc.table(rows, [1, 3.5], header=False))
            if entry.get("actions"):
                rows = [[_("Action"), _("Owner"), _("Date")]] + [[a.text, a.owner, layout.date(a.due_date, language)] for a in entry["actions"]]
                story.append(doc.table(rows, [5, 2.5, 1.5]))
            if "decision" in entry:
                item = entry["decision"]
                decision = item["decision"]
                story += [doc.p(_("Decision"), h3),
                          doc.rich(f"<b>{escape(_('Proposal'))}:</b> {escape(decision.proposal)}", body),
                          doc.rich(f"<b>{escape(_('Outcome'))}:</b> {escape(decision.get_state_display())} {escape(_date(decision.decided_at))}", body)]
                if decision.final_text:
                    story.append(doc.rich(f"<b>{escape(_('Final text'))}:</b> {escape(decision.final_text)}", body))
                if item["objections"]:
                    rows = [[_("Objection"), _("Reason"), _("How it was met")]]
                    rows += [[o.text, o.reason, f"{o.get_status_display()}: {o.resolution}"] for o in item["objections"]]
                    story.append(doc.table(rows, [1, 1, 1]))
            for question in entry.get("questions", []):
                q = question["question"]
                fmt = _pdf_value(q, language)
                story.append(doc.p(q.text + (f" ({q.unit})" if q.unit else ""), h3))
                rows = [[_("Round"), _("Answers"), _("Median"), "Q1", "Q3", _("IQR")]]
                rows += [[Number(s.round), Number(s.count), Number(fmt(s.median)), Number(fmt(s.q1)), Number(fmt(s.q3)),
                          Number(layout.number(s.iqr, language, 2))] for s in question["stats"]]
                story.append(doc.table(rows, [1, 1, 1.4, 1.4, 1.4, 1.2]))
                if question["stats"]:
                    story.append(delphi_chart(question["stats"], fmt, doc.font, width=doc.frame_width))
                if forecasts.stopped_shrinking(question["stats"]):
                    story.append(doc.p(_("The range stopped shrinking.")))
                for s in question["stats"]:
                    if s.rationales:
                        story.append(doc.rich(f"<b>{escape(_('Rationales of round %(r)s') % {'r': s.round})}</b>", body))
                        story += [doc.p("• " + t) for t in s.rationales]
        story.append(doc.signatures([(str(workshop.facilitator), _("Facilitator")),
                                     ("", _("For the Participation Service"))]))
        return doc.build(story)


def _pdf_value(question, language):
    """A forecast's value as the PDF writes figures (core.pdf.number, at most two decimals), dates as dates."""
    import datetime as dt

    from polyvox.core import pdf as layout

    def fmt(value):
        if value is None:
            return ""
        if question.kind == "date":
            return layout.date(dt.date.fromordinal(int(round(value))), language)
        text = layout.number(value, language, 2)
        point = "." if language == "en" else ","
        return text.rstrip("0").rstrip(point) if point in text else text

    return fmt


def delphi_chart(stats, fmt, font, width: float = 440, height: float = 180):
    """One column per round: every answer as a dot, the interquartile range as a box, the median as a bar."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    left, bottom, top = 70, 25, height - 15
    values = [v for s in stats for v in s.values] or [0.0]
    low, high = min(values), max(values)
    if high == low:
        low, high = low - 1, high + 1
    span = high - low

    def y(value):
        return bottom + (value - low) / span * (top - bottom)

    drawing.add(Line(left, bottom, left, top, strokeColor=colors.grey))
    for value in (low, (low + high) / 2, high):
        drawing.add(String(left - 5, y(value) - 3, fmt(value), fontName=font, fontSize=7, textAnchor="end"))
        drawing.add(Line(left - 2, y(value), width - 10, y(value), strokeColor=colors.HexColor("#e0e0e0"), strokeWidth=0.5))
    column = (width - left - 20) / max(1, len(stats))
    for index, s in enumerate(stats):
        x = left + column * (index + 0.5)
        drawing.add(Rect(x - 14, y(s.q1), 28, max(0.8, y(s.q3) - y(s.q1)), fillColor=colors.HexColor("#cfe3f5"), strokeColor=colors.HexColor("#2a7ab8")))
        drawing.add(Line(x - 16, y(s.median), x + 16, y(s.median), strokeColor=colors.HexColor("#b00020"), strokeWidth=2))
        for value in s.values:
            drawing.add(Circle(x + 22, y(value), 1.8, fillColor=colors.black, strokeColor=None))
        label = _("Round %(r)s") % {"r": s.round}
        drawing.add(String(x, 8, f"{label} (n={s.count})", fontName=font, fontSize=8, textAnchor="middle"))
    return drawing
