"""Follow-up as open data: /api/follow-up/commitments/ (filters authority, status, answer, overdue, initiative,
commune, theme, family), each item with its texts in fr/nl/en, answer, status, progress, due and answered dates."""


from datetime import date

from ninja import Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from polyvox.followup import queries

router = Router(tags=["follow-up"])
prefix = "/follow-up/"


class Texts(Schema):
    fr: str
    nl: str
    en: str


class InitiativeRef(Schema):
    id: int
    slug: str
    title: Texts


class AuthorityRef(Schema):
    slug: str
    name: str


class CommitmentOut(Schema):
    id: int
    reference: str
    initiative: InitiativeRef
    parent: int | None
    weight: int | None
    text: Texts
    source: str
    authority: AuthorityRef
    responsible_service: Texts
    answer: str
    reasons: Texts
    status: str
    progress: int
    answer_due: date | None
    answered_on: date | None
    report_due: date | None
    overdue: bool
    is_example: bool


class Filters(Schema):
    authority: str | None = None
    status: str | None = None
    answer: str | None = None
    overdue: bool | None = None
    initiative: str | None = None
    commune: str | None = None
    theme: str | None = None
    family: str | None = None


@router.get("/commitments/", response=list[CommitmentOut], summary="Commitments of the duty to follow up")
@paginate(LimitOffsetPagination)
def commitments(request, filters: Query[Filters]):
    """Public commitments, oldest first. `answer`: awaiting, adopted, partly, rejected, under_study; `status`:
    planned, in_progress, done, abandoned; `overdue`: true or false; `initiative`: an id or a slug;
    `commune`: a NIS code; dates are Europe/Brussels calendar days."""
    params = {key: ("1" if value is True else "0" if value is False else value)
              for key, value in filters.dict().items() if value is not None}
    found, _chosen = queries.filtered(queries.public_commitments(), params)
    return [queries.item(c) for c in found.order_by("pk")]
