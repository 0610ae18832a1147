"""What the public pages, the exports and the API read: visible commitments, filters, rates by authority."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from polyvox.followup.models import Answer, Commitment, Status
from polyvox.initiatives.models import PublicationState

FILTERS = ("authority", "status", "answer", "overdue", "initiative", "commune", "theme", "family")


def public_commitments():
    return (Commitment.objects.filter(plan__initiative__publication_state=PublicationState.PUBLISHED)
            .select_related("plan", "plan__initiative", "authority", "plan__initiative__municipality",
                            "plan__initiative__method_family"))


def filtered(queryset, params) -> tuple:
    """Apply the filters found in params (a QueryDict or dict of strings); unknown values match nothing."""
    chosen = {}
    value = (params.get("authority") or "").strip()
    if value:
        queryset = queryset.filter(authority__slug=value)
        chosen["authority"] = value
    value = (params.get("status") or "").strip()
    if value:
        queryset = queryset.filter(status=value) if value in Status.values else queryset.none()
        chosen["status"] = value
    value = (params.get("answer") or "").strip()
    if value:
        queryset = queryset.filter(answer=value) if value in Answer.values else queryset.none()
        chosen["answer"] = value
    value = (params.get("overdue") or "").strip().lower()
    if value in ("1", "true", "yes"):
        queryset = queryset.filter(overdue=True)
        chosen["overdue"] = "1"
    elif value in ("0", "false", "no"):
        queryset = queryset.filter(overdue=False)
        chosen["overdue"] = "0"
    value = (params.get("initiative") or "").strip()
    if value:
        queryset = queryset.filter(plan__initiative_id=int(value)) if value.isascii() and value.isdigit() else \
            queryset.filter(plan__initiative__slug=value)
        chosen["initiative"] = value
    value = (params.get("commune") or "").strip()
    if value:
        queryset = queryset.filter(plan__initiative__municipality__nis_code=value)
        chosen["commune"] = value
    value = (params.get("theme") or "").strip()
    if value:
        queryset = queryset.filter(plan__initiative__themes__slug=value).distinct()
        chosen["theme"] = value
    value = (params.get("family") or "").strip()
    if value:
        queryset = queryset.filter(plan__initiative__method_family__slug=value)
        chosen["family"] = value
    return queryset, chosen


@dataclass
class AuthorityRow:
    name: str
    slug: str
    total: int
    answered: int
    on_time: int
    due_passed: int
    overdue: int
    done: int

    @property
    def on_time_rate(self) -> float | None:
        """Answered on time among the commitments whose answer was due (or was given)."""
        return round(100 * self.on_time / self.due_passed, 1) if self.due_passed else None


def by_authority(queryset, today) -> list[AuthorityRow]:
    rows: dict[int, AuthorityRow] = {}
    for c in queryset.filter(parent__isnull=True):
        row = rows.setdefault(c.authority_id, AuthorityRow(str(c.authority), c.authority.slug, 0, 0, 0, 0, 0, 0))
        row.total += 1
        row.answered += c.is_answered
        row.done += c.status == Status.DONE
        row.overdue += c.overdue
        due_counted = c.answered_on is not None or (c.answer_due is not None and c.answer_due < today)
        if due_counted and c.answer_due is not None:
            row.due_passed += 1
            row.on_time += bool(c.answered_on and c.answered_on <= c.answer_due)
    return sorted(rows.values(), key=lambda r: r.name)


def status_counts(queryset) -> list[tuple]:
    counts = {value: 0 for value in Status.values}
    for value in queryset.filter(parent__isnull=True).values_list("status", flat=True):
        counts[value] += 1
    total = sum(counts.values())
    return [(Status(value).label, n, round(100 * n / total, 1) if total else 0.0) for value, n in counts.items()]


def answer_counts(queryset) -> list[tuple]:
    counts = {value: 0 for value in Answer.values}
    for value in queryset.filter(parent__isnull=True).values_list("answer", flat=True):
        counts[value] += 1
    total = sum(counts.values())
    return [(Answer(value).label, n, round(100 * n / total, 1) if total else 0.0) for value, n in counts.items()]


def item(c: Commitment) -> dict:
    """One commitment as open data (the schema of docs/open-data.md, the API and the JSON export)."""
    initiative = c.plan.initiative
    return {
        "id": c.pk,
        "reference": c.reference,
        "initiative": {"id": initiative.pk, "slug": initiative.slug,
                       "title": {lang: getattr(initiative, f"title_{lang}", "") or "" for lang in ("fr", "nl", "en")}},
        "parent": c.parent_id,
        "weight": c.weight,
        "text": {lang: getattr(c, f"text_{lang}", "") or "" for lang in ("fr", "nl", "en")},
        "source": c.source_kind,
        "authority": {"slug": c.authority.slug, "name": str(c.authority)},
        "responsible_service": {lang: getattr(c, f"responsible_service_{lang}", "") or "" for lang in ("fr", "nl", "en")},
        "answer": c.answer,
        "reasons": {lang: getattr(c, f"reasons_{lang}", "") or "" for lang in ("fr", "nl", "en")},
        "status": c.status,
        "progress": c.progress,
        "answer_due": c.answer_due.isoformat() if c.answer_due else None,
        "answered_on": c.answered_on.isoformat() if c.answered_on else None,
        "report_due": c.report_due.isoformat() if c.report_due else None,
        "overdue": c.overdue,
        "is_example": c.is_example or initiative.is_example,
    }


CSV_COLUMNS = ["id", "reference", "initiative_id", "initiative_title_fr", "parent", "weight", "text_fr", "text_nl",
               "text_en", "source", "authority", "answer", "reasons_fr", "reasons_nl", "reasons_en", "status",
               "progress", "answer_due", "answered_on", "report_due", "overdue", "is_example"]


def csv_row(c: Commitment) -> list:
    data = item(c)
    return [data["id"], data["reference"], data["initiative"]["id"], data["initiative"]["title"]["fr"], data["parent"],
            data["weight"], data["text"]["fr"], data["text"]["nl"], data["text"]["en"], data["source"],
            data["authority"]["slug"], data["answer"], data["reasons"]["fr"], data["reasons"]["nl"], data["reasons"]["en"],
            data["status"], data["progress"], data["answer_due"] or "", data["answered_on"] or "", data["report_due"] or "",
            "yes" if data["overdue"] else "no", "yes" if data["is_example"] else "no"]


def search_words(queryset, words: str):
    if not words:
        return queryset
    return queryset.filter(Q(text_fr__icontains=words) | Q(text_nl__icontains=words) | Q(text_en__icontains=words))
