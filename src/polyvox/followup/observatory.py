"""The Service's observatory: processes by method family, participation level, municipality and year;
participants; inclusion gaps; follow-up punctuality; framework-contract use. Each figure is a table (the
text alternative of its chart) and part of the open-data export. `figures(staff=False)` is the public version;
the staff version adds what is not published yet (drafts, contracts in preparation, reminders)."""

from __future__ import annotations

from collections import Counter

from django.db.models import Sum
from django.utils.translation import gettext as _

from polyvox.followup import clocks, queries
from polyvox.followup.evaluation import Line, Table


def _table(title, first, counter: Counter, labels=None, note: str = "") -> Table:
    total = sum(counter.values())
    lines = []
    for key, n in sorted(counter.items(), key=lambda item: (-item[1], str(item[0]))):
        label = (labels or {}).get(key, key) if key not in (None, "") else _("not given")
        percent = round(100 * n / total, 1) if total else 0.0
        lines.append(Line(str(label), percent, [n, percent]))
    return Table(title, [first, _("Number"), "%"], lines, note=note)


def figures(*, staff: bool = False) -> dict:
    from polyvox.initiatives.models import Initiative, PublicationState
    from polyvox.toolbox.models import ParticipationLevel

    initiatives = Initiative.objects.select_related("method_family", "municipality")
    published = [i for i in initiatives if i.publication_state == PublicationState.PUBLISHED]
    shown = list(initiatives) if staff else published
    tables = [
        _table(_("Processes by method family"), _("Method family"),
               Counter(i.method_family.name if i.method_family else "" for i in shown)),
        _table(_("Processes by participation level"), _("Participation level"),
               Counter(i.participation_level for i in shown), dict(ParticipationLevel.choices)),
        _table(_("Processes by municipality"), _("Municipality"),
               Counter(i.municipality.name_fr if i.municipality else _("whole Region") for i in shown)),
        _table(_("Processes by year of start"), _("Year"), Counter(i.start_date.year for i in shown)),
    ]
    participants = Counter()
    for i in shown:
        if i.participants_count:
            participants[i.start_date.year] += i.participants_count
    participant_lines = [Line(str(year), 0.0, [n]) for year, n in sorted(participants.items())]
    top = max(participants.values(), default=0)
    for line in participant_lines:
        line.value = round(100 * line.cells[0] / top, 1) if top else 0.0
    tables.append(Table(_("Participants by year (as the organisers declared them)"), [_("Year"), _("Participants")],
                        participant_lines))
    tables.append(_inclusion_gaps())
    tables += _profile_gaps()
    tables.append(_punctuality())
    tables.append(_framework(staff))
    summary = {
        "processes": len(shown), "participants": sum(participants.values()),
        "drafts": len(shown) - len(published) if staff else None,
    }
    if staff:
        from polyvox.followup.models import Listener, Reminder

        summary["listeners"] = Listener.objects.count()
        summary["reminders_sent"] = Reminder.objects.count()
    return {"summary": summary, "tables": [t for t in tables if t is not None]}


def _inclusion_gaps() -> Table | None:
    """Participants' declared municipality, across every evaluated process, against the population (the loaded
    reference figures with their source and year when they cover the Region, else the places data)."""
    from polyvox.followup import population
    from polyvox.places.models import Municipality

    declared = _declared("commune")
    if not declared:
        return None
    total = sum(n for code, n in declared.items() if code != "outside") or 1
    residents = population.residents_by_municipality()
    lines = []
    for m in Municipality.objects.order_by("name_fr"):
        share = round(100 * declared.get(m.nis_code, 0) / total, 1)
        expected = residents.share(m.nis_code)
        lines.append(Line(m.name_fr, share, [declared.get(m.nis_code, 0), share,
                                             expected if expected is not None else "–",
                                             round(share - expected, 1) if expected is not None else "–"]))
    return Table(_("Inclusion: evaluated processes' participants by municipality, against the population"),
                 [_("Municipality"), _("Participants"), _("Participants (%)"), _("Population (%)"), _("Gap (points)")],
                 lines, note=_("From the participants' questionnaires of every evaluated process.") + " " + residents.note)


def _declared(key: str) -> Counter:
    from polyvox.questionnaires.models import Answer

    return Counter(str(v) for v in Answer.objects.filter(
        question__key=key, question__questionnaire__template="oecd-participants").values_list("value", flat=True))


def _profile_gaps() -> list[Table]:
    """Age band, gender and language of every evaluated process's participants, against the Region's reference
    figures where they are loaded (a dimension without them is left out: there is nothing to compare)."""
    from polyvox.followup import population
    from polyvox.followup.models import QUESTION_OF_DIMENSION, PopulationDimension

    tables = []
    labels = population.categories()
    for dimension, label in PopulationDimension.choices:
        declared = _declared(QUESTION_OF_DIMENSION[dimension])
        reference = population.reference(dimension)
        if not declared or reference is None:
            continue
        total = sum(declared.values())
        lines = []
        for value, name in labels[dimension].items():
            share = round(100 * declared.get(value, 0) / total, 1)
            expected = reference.share(value)
            lines.append(Line(name, share, [declared.get(value, 0), share, expected if expected is not None else "–",
                                            round(share - expected, 1) if expected is not None else "–"]))
        tables.append(Table(_("Inclusion: evaluated processes' participants by %(dimension)s, against the population")
                            % {"dimension": label},
                            [str(label).capitalize(), _("Participants"), _("Participants (%)"), _("Population (%)"),
                             _("Gap (points)")], lines, note=reference.note()))
    return tables


def _punctuality() -> Table:
    rows = queries.by_authority(queries.public_commitments(), clocks.today())
    lines = [Line(row.name, row.on_time_rate or 0.0, [row.total, row.answered, row.on_time_rate
                                                       if row.on_time_rate is not None else "–", row.overdue])
             for row in rows]
    return Table(_("Follow-up punctuality by authority"),
                 [_("Authority"), _("Commitments"), _("Answered"), _("Answered on time (%)"), _("Overdue")], lines)


def _framework(staff: bool) -> Table:
    from polyvox.procurement.models import LAUNCHED_STATES, SubsequentContract

    contracts = SubsequentContract.objects.select_related("lot")
    if not staff:
        contracts = contracts.filter(state__in=LAUNCHED_STATES)
    counter = Counter()
    amounts: dict[str, float] = {}
    for contract in contracts:
        key = f"{_('Lot')} {contract.lot.number}: {contract.lot.title}"
        counter[key] += 1
        amounts[key] = amounts.get(key, 0.0) + float(contract.estimated_amount)
    total = sum(counter.values())
    lines = [Line(key, round(100 * n / total, 1) if total else 0.0, [n, round(amounts[key])])
             for key, n in sorted(counter.items())]
    return Table(_("Framework contract: subsequent contracts by lot") if staff
                 else _("Framework contract: missions launched by lot"),
                 [_("Lot"), _("Contracts"), _("Estimated amount excl. VAT (EUR)")], lines)


def export_rows(data: dict) -> list[list]:
    rows = [["table", "label", "column", "value"]]
    for table in data["tables"]:
        for line in table.lines:
            for column, value in zip(table.columns[1:], line.cells):
                rows.append([table.title, line.label, column, value])
    return rows
