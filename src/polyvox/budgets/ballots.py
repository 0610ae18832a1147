"""Who may vote, and the ballots: one per voter, changeable until the vote closes, paper ones imported.

Eligibility is checked by an invitation code or against the uploaded register extract (identity
number and birth date; age computed at the vote's closing date; only a salted hash of the number is
stored). `submit_ballot` is the one way a ballot is written: it validates the choices against the
voting method and the pot's amount, takes a shared lock on the budget row (closing the vote waits
for ballots in flight, and no ballot passes once it is closed), and writes the ballot under the
one-ballot-per-voter constraint with a row lock, keeping every version.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import hmac
import io
import re
import secrets
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.budgets.models import (
    Admission, Ballot, BallotState, BallotVersion, Budget, Channel, District, Eligibility, InvitationCode, Phase,
    RegisterEntry, ReviewState, VoteMethod,
)
from polyvox.core.input_checks import whole_number
from polyvox.budgets.rules import is_signed_in, vote_is_open
from polyvox.budgets.workflow import ANNULMENT_PHASES, BALLOT_STATES  # noqa: F401 (importable from here as before)
from polyvox.core.transitions import record
from polyvox.core.workflow import Refused, TransitionNotAllowed

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_REGISTER_BYTES = 20 * 1024 * 1024
MAX_CELL = 1000
"""No cell of a register extract or of a paper-ballot file is longer (a voter's projects list included)."""


class BallotError(Exception):
    """A ballot, an eligibility check or an import line refused; the message is for the voter."""


@dataclass(frozen=True)
class Voter:
    key: str
    """"c:<code id>" or "r:<salted hash>": the same person has the same key online and on paper;
    "a:<salted hash>" for an account admitted without a code."""


# --- eligibility ----------------------------------------------------------------------------------


def id_hash(budget: Budget, national_id: str) -> str:
    """The salted hash stored for an identity number (digits only, so 85.07.30-033.61 = 85073003361)."""
    digits = re.sub(r"\D", "", national_id or "")
    return hmac.new(budget.voter_salt.encode(), digits.encode(), hashlib.sha256).hexdigest()


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def closing_day(budget: Budget) -> date:
    when = budget.vote_closes_at or timezone.now()
    return timezone.localtime(when).date()


def check_register(budget: Budget, national_id: str, birth: date | None) -> Voter:
    """The voter of the register extract with this number and birth date, old enough at the closing date."""
    if not re.sub(r"\D", "", national_id or "") or birth is None:
        raise BallotError(_("Enter your identity number and your birth date."))
    entry = RegisterEntry.objects.filter(budget=budget, id_hash=id_hash(budget, national_id)).first()
    if entry is None or entry.birth_date != birth:
        raise BallotError(_("This identity number and birth date are not in the register of residents for this vote."))
    if age_on(entry.birth_date, closing_day(budget)) < budget.minimum_age:
        raise BallotError(
            _("Voting is open to residents aged %(age)s or over on the day the vote closes.") % {"age": budget.minimum_age}
        )
    return Voter(f"r:{entry.id_hash}")


def check_code(budget: Budget, code: str) -> Voter:
    cleaned = re.sub(r"[\s-]", "", code or "").upper()
    found = InvitationCode.objects.filter(budget=budget, code=cleaned).values_list("pk", flat=True).first() if cleaned else None
    if found is None:
        raise BallotError(_("This invitation code is not valid for this vote."))
    return Voter(f"c:{found}")


def check_eligibility(budget: Budget, *, code: str = "", national_id: str = "", birth: date | None = None) -> Voter:
    if budget.eligibility == Eligibility.REGISTER:
        return check_register(budget, national_id, birth)
    return check_code(budget, code)


def needs_account(budget: Budget) -> bool:
    return budget.admission in (Admission.ACCOUNT, Admission.BOTH)


def needs_proof(budget: Budget) -> bool:
    """Whether the voter enters a code (or the register check) before the first ballot."""
    return budget.admission in (Admission.CODE, Admission.BOTH)


def account_voter(budget: Budget, user) -> Voter:
    """An account admitted on its own: a salted fingerprint of the account, never its id in clear."""
    digest = hmac.new(budget.voter_salt.encode(), f"account:{user.pk}".encode(), hashlib.sha256).hexdigest()
    return Voter(f"a:{digest}")


_UNREAD = object()


def admit(budget: Budget, user, *, code: str = "", national_id: str = "", birth: date | None = None,
          mine=_UNREAD) -> Voter:
    """The voter this person votes as, by the budget's admission setting (account, proof of eligibility, or both).

    The organiser chooses it in the budget's settings; every online ballot goes through here. `mine` is
    the account's ballot (or None) when the caller has just read it with `ballot_of`; it is read here
    otherwise. Either way `submit_ballot` re-checks the account and the voter under its locks.
    """
    signed_in = getattr(user, "is_authenticated", False)
    if needs_account(budget) and not signed_in:
        raise BallotError(_("Sign in to vote: this vote admits voters with an account."))
    if signed_in:
        if mine is _UNREAD:
            mine = ballot_of(budget, user)
        if mine is not None:
            return Voter(mine.voter_key)
    if not needs_proof(budget):
        return account_voter(budget, user)
    return check_eligibility(budget, code=code, national_id=national_id, birth=birth)


def create_codes(budget: Budget, count: int) -> list[str]:
    """`count` new invitation codes (10 characters without look-alikes), to print and hand out."""
    if not 1 <= count <= 10000:
        raise BallotError(_("Create between 1 and 10,000 codes at a time."))
    made = []
    while len(made) < count:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
        try:
            with transaction.atomic():
                InvitationCode.objects.create(budget=budget, code=code)
        except IntegrityError:
            continue
        made.append(code)
    return made


def import_register(budget: Budget, data: bytes) -> int:
    """Replace the register extract by a CSV of `national_id;birth_date` (or comma); errors name the line.

    Only the salted hash of each number is stored. Birth dates as YYYY-MM-DD or DD/MM/YYYY.
    """
    if budget.phase_reached(Phase.VOTE_CLOSED):
        raise BallotError(_("The register cannot change once the vote is closed."))
    if len(data) > MAX_REGISTER_BYTES:
        raise BallotError(_("The file is too large."))
    rows = _csv_rows(data)
    errors, entries, seen = [], [], set()
    for line, row in rows:
        if _is_header(row, ("national_id", "id", "numero", "rijksregisternummer", "identity")):
            continue
        if len(row) < 2:
            errors.append(_("Line %(line)s: expected an identity number and a birth date.") % {"line": line})
            continue
        digits = re.sub(r"\D", "", row[0])
        if len(digits) < 6:
            errors.append(_("Line %(line)s: “%(value)s” is not an identity number.") % {"line": line, "value": row[0][:30]})
            continue
        birth = parse_date(row[1])
        if birth is None:
            errors.append(_("Line %(line)s: “%(value)s” is not a date (YYYY-MM-DD or DD/MM/YYYY).") % {"line": line, "value": row[1][:30]})
            continue
        hashed = id_hash(budget, digits)
        if hashed in seen:
            errors.append(_("Line %(line)s: this identity number is already in the file.") % {"line": line})
            continue
        seen.add(hashed)
        entries.append(RegisterEntry(budget=budget, id_hash=hashed, birth_date=birth))
    if errors:
        raise BallotError("\n".join(errors[:50]))
    if not entries:
        raise BallotError(_("The file holds no resident."))
    with transaction.atomic():
        RegisterEntry.objects.filter(budget=budget).delete()
        RegisterEntry.objects.bulk_create(entries, batch_size=1000)
    return len(entries)


# --- ballots --------------------------------------------------------------------------------------


def pot_of(budget: Budget, district: District | None) -> Decimal:
    return district.amount if district is not None else budget.amount


def ballot_projects(budget: Budget, district: District | None):
    """The projects on the ballot: accepted ones, of the district when the budget has districts."""
    projects = budget.projects.filter(review_state=ReviewState.ACCEPTED)
    if district is not None:
        projects = projects.filter(district=district)
    return projects.order_by("id")


def ballot_costs(budget: Budget, district: District | None) -> dict[int, Decimal]:
    """{project id: final cost} of the projects on the ballot, in ballot order: all a ballot's check needs
    (one query, no model instances)."""
    return {pk: (cost if cost is not None else estimate)
            for pk, cost, estimate in ballot_projects(budget, district).values_list("pk", "cost", "cost_estimate")}


def clean_choices(budget: Budget, district: District | None, choices: list[tuple[int, int]], *,
                  costs: dict[int, Decimal] | None = None, has_districts: bool | None = None) -> list[list[int]]:
    """Check the choices against the method and the pot; returns [[project id, points], ...].

    `costs` (from `ballot_costs` for this budget and district) and `has_districts` may be given by a
    caller that has just read them for the same request; they are read here otherwise.
    """
    if district is None and (budget.has_districts if has_districts is None else has_districts):
        raise BallotError(_("Choose the district you vote in."))
    if district is not None and district.budget_id != budget.pk:
        raise BallotError(_("This district is not part of this budget."))
    projects = ballot_costs(budget, district) if costs is None else costs
    seen, cleaned = set(), []
    for pid, points in choices:
        if pid not in projects:
            raise BallotError(_("Project %(id)s is not on this ballot.") % {"id": pid})
        if pid in seen:
            raise BallotError(_("Project %(id)s is chosen twice.") % {"id": pid})
        seen.add(pid)
        if points < 0:
            raise BallotError(_("Points cannot be negative."))
        if points:
            cleaned.append([pid, int(points)])
    if not cleaned:
        raise BallotError(_("The ballot is empty: choose at least one project."))
    if budget.vote_method == VoteMethod.APPROVAL:
        total = sum(projects[pid] for pid, _p in cleaned)
        pot = pot_of(budget, district)
        if total > pot:
            raise BallotError(
                _("Your choice costs %(total)s €, more than the %(pot)s € to share: untick a project and submit again.")
                % {"total": _money(total), "pot": _money(pot)}
            )
        cleaned = [[pid, 1] for pid, _p in cleaned]
    elif budget.vote_method == VoteMethod.CUMULATIVE:
        total = sum(p for _pid, p in cleaned)
        if total > budget.points_per_voter:
            raise BallotError(
                _("You gave %(total)s points; you have %(max)s to share.") % {"total": total, "max": budget.points_per_voter}
            )
    else:
        if len(cleaned) > budget.max_ranked:
            raise BallotError(_("Rank at most %(max)s projects.") % {"max": budget.max_ranked})
        cleaned = [[pid, len(cleaned) - i] for i, (pid, _p) in enumerate(cleaned)]
    return cleaned


class SignInToVote(BallotError):
    """The vote is open but admits voters with an account only, and this person is not signed in."""


def may_vote(budget: Budget, user) -> None:
    """Whether this person may use the ballot now: the permission `budgets.vote` (budgets/rules.py).
    Raises SignInToVote when signing in would let them, BallotError when the vote is not open to them."""
    if user.has_perm("budgets.vote", budget):
        return
    if vote_is_open(user, budget) and not is_signed_in(user):
        raise SignInToVote(_("Sign in to vote: this vote admits voters with an account."))
    raise BallotError(_("The vote is not open."))


def cast_online(budget: Budget, user, choices: list[tuple[int, int]], *, district: District | None = None, code: str = "",
                national_id: str = "", birth: date | None = None, mine=_UNREAD,
                costs: dict[int, Decimal] | None = None, has_districts: bool | None = None) -> Ballot:
    """An online ballot: the person admitted by the budget's setting (`admit`), then recorded (`submit_ballot`).

    `mine`, `costs` and `has_districts`: what the vote page has already read for this request (see
    `admit` and `clean_choices`), so that a ballot does not read them twice."""
    voter = admit(budget, user, code=code, national_id=national_id, birth=birth, mine=mine)
    return submit_ballot(budget, voter, choices, district=district, user=user if getattr(user, "is_authenticated", False) else None,
                         costs=costs, has_districts=has_districts)


def submit_ballot(budget: Budget, voter: Voter, choices: list[tuple[int, int]], *, district: District | None = None,
                  user=None, channel: str = Channel.ONLINE, costs: dict[int, Decimal] | None = None,
                  has_districts: bool | None = None) -> Ballot:
    """Record or replace the voter's ballot; the latest counts, every version is kept.

    A paper ballot never replaces one: a voter who already voted is refused (no double vote).
    An account holds at most one ballot; a code or register entry used by another account is refused.
    """
    cleaned = clean_choices(budget, district, choices, costs=costs, has_districts=has_districts)
    with transaction.atomic():
        phase = _phase_under_shared_lock(budget.pk)
        if phase != Phase.VOTING:
            raise BallotError(_("The vote is closed."))
        # One statement locks the voter's ballot and any ballot of the account (in id order, so that two
        # requests never lock them crosswise): an account votes with one code or identity number only.
        mine_or_voters = Q(voter_key=voter.key) | Q(user=user) if user is not None else Q(voter_key=voter.key)
        locked = list(Ballot.objects.select_for_update().filter(mine_or_voters, budget=budget).order_by("pk"))
        if user is not None and any(b.user_id == user.pk and b.voter_key != voter.key for b in locked):
            raise BallotError(_("Your account has already voted with another code or identity number."))
        ballot = next((b for b in locked if b.voter_key == voter.key), None)
        if ballot is None:
            try:
                with transaction.atomic():
                    ballot = Ballot.objects.create(
                        budget=budget, voter_key=voter.key, user=user, district=district, channel=channel, choices=cleaned
                    )
            except IntegrityError:
                # Another request created it meanwhile (same voter, or same account): lock it and update.
                ballot = Ballot.objects.select_for_update().filter(budget=budget, voter_key=voter.key).first()
                if ballot is None:
                    raise BallotError(_("Your account has already voted with another code or identity number.")) from None
            else:
                BallotVersion.objects.create(ballot=ballot, version=1, district=district, choices=cleaned)
                return ballot
        if ballot.state == BallotState.ANNULLED:
            raise BallotError(_("The ballot cast with this code or identity number was annulled: it cannot vote again."))
        if channel == Channel.PAPER or ballot.channel == Channel.PAPER:
            raise BallotError(_("This voter has already voted."))
        if ballot.user_id is not None and user is not None and ballot.user_id != user.pk:
            raise BallotError(_("This code or identity number was already used by another account."))
        if ballot.user_id is None and user is not None:
            ballot.user = user  # a code first used without an account (e.g. at a kiosk) now belongs to this one
        ballot.version += 1
        ballot.choices = cleaned
        ballot.district = district
        ballot.save(update_fields=["version", "choices", "district", "user", "updated"])
        BallotVersion.objects.create(ballot=ballot, version=ballot.version, district=district, choices=cleaned)
    return ballot


# --- annulment -------------------------------------------------------------------------------------

def normalise_reference(raw: str) -> str:
    return re.sub(r"[\s-]", "", raw or "").upper()[:16]


def find_by_reference(reference: str) -> Ballot:
    """The ballot with this receipt, or BallotError (the same message whether it exists or not)."""
    cleaned = normalise_reference(reference)
    ballot = Ballot.objects.select_related("budget", "district").filter(reference=cleaned).first() if cleaned else None
    if ballot is None:
        raise BallotError(_("No ballot has the reference “%(reference)s”.") % {"reference": (reference or "")[:20]})
    return ballot


def annul_ballot(reference: str, *, actor, reason: str) -> Ballot:
    """Annul a ballot by its reference, with a reason written to the budget's history.

    Only a person with the permission `budgets.annul_ballot` (the Service's staff) may; the ballot is
    kept, marked annulled: it is not counted, its code or register entry cannot vote again, and the
    published results say how many ballots were annulled. Nobody sees the ballot's choices here.
    """
    reason = " ".join((reason or "").split())[:500]
    if not reason:
        raise BallotError(_("Give the reason for the annulment: it is written in the budget's history."))
    ballot = find_by_reference(reference)
    if not BALLOT_STATES.permitted(ballot, "annul", actor):
        raise BallotError(_("Only the Participation Service's staff may annul a ballot."))
    with transaction.atomic():
        # The budget's row lock: the vote cannot close, nor the count start, while the ballot is annulled.
        ballot.budget = Budget.objects.select_for_update().get(pk=ballot.budget_id)
        try:
            BALLOT_STATES.apply(ballot, "annul", by=actor, message=reason)
        except Refused as refused:
            raise BallotError(" ".join(refused.reasons)) from None
        except TransitionNotAllowed:
            raise BallotError(_("This ballot is already annulled.")) from None
        record(ballot.budget, "annul_ballot", actor=actor, message=f"{ballot.reference}: {reason}")
    return ballot


def annulled_count(budget: Budget) -> int:
    return budget.ballots.filter(state=BallotState.ANNULLED).count()


def ballot_of(budget: Budget, user) -> Ballot | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Ballot.objects.filter(budget=budget, user=user).first()


BALLOT_FIELDS = ("initiative", "phase", "amount", "vote_method", "points_per_voter", "max_ranked", "eligibility",
                 "admission", "minimum_age", "vote_closes_at", "voter_salt")
"""What a ballot reads of its budget; the rest (titles and descriptions in three languages, results...) is
read only when a page shows it."""


def ballot_budget(pk: int) -> Budget | None:
    """The budget as a ballot POST needs it, in one statement: the ballot's fields (the others deferred),
    its initiative's publication state and organiser (what the permission check reads; the initiative's
    other fields deferred), and whether it has districts (`districts_exist`).

    A plain statement written once per process: a crowd votes at once, and the ORM's building of the same
    read with its join and subquery cost several times more than running it."""
    from polyvox.initiatives.models import Initiative

    found = list(Budget.objects.raw(_ballot_budget_sql(), [pk]))
    if not found:
        return None
    budget = found[0]
    loaded = {"id": budget.initiative_id, "publication_state": budget.initiative_publication_state,
              "organiser_id": budget.initiative_organiser_id}
    names = [f.attname for f in Initiative._meta.concrete_fields if f.attname in loaded]  # from_db's order
    budget.initiative = Initiative.from_db(budget._state.db, names, [loaded[name] for name in names])
    budget.districts_exist = bool(budget.districts_exist)  # SQLite answers 0/1
    return budget


@functools.cache
def _ballot_budget_sql() -> str:
    from polyvox.initiatives.models import Initiative

    quote = connection.ops.quote_name
    meta = Budget._meta
    columns = ", ".join(f"b.{quote(meta.get_field(name).column)}" for name in ("id", *BALLOT_FIELDS))
    initiative = Initiative._meta
    districts = District._meta
    return (
        f"SELECT {columns}, i.{quote(initiative.get_field('publication_state').column)} AS initiative_publication_state, "
        f"i.{quote(initiative.get_field('organiser').column)} AS initiative_organiser_id, "
        f"EXISTS(SELECT 1 FROM {quote(districts.db_table)} d WHERE d.{quote(districts.get_field('budget').column)} = b.{quote(meta.pk.column)}) "
        f"AS districts_exist FROM {quote(meta.db_table)} b JOIN {quote(initiative.db_table)} i "
        f"ON i.{quote(initiative.pk.column)} = b.{quote(meta.get_field('initiative').column)} WHERE b.{quote(meta.pk.column)} = %s"
    )


def _phase_under_shared_lock(budget_id: int) -> str:
    """The budget's phase, read under FOR SHARE on PostgreSQL: ballots do not block each other, but
    closing the vote (FOR UPDATE) waits for the ballots in flight and those after it see it closed."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT phase FROM {Budget._meta.db_table} WHERE id = %s FOR SHARE", [budget_id])
            row = cursor.fetchone()
        return row[0] if row else ""
    return Budget.objects.filter(pk=budget_id).values_list("phase", flat=True).first() or ""


# --- paper ballots --------------------------------------------------------------------------------


@dataclass
class PaperLine:
    line: int
    voter: Voter
    district: District | None
    choices: list[tuple[int, int]]


def import_paper(budget: Budget, data: bytes, *, actor=None) -> int:
    """Import paper ballots from CSV, all or nothing; every error names its line.

    Columns: `voter` (the invitation code, or the identity number), `birth_date` (register only),
    `district` (its id, when the budget has districts), `projects` (ids separated by spaces or
    commas: approved, or ranked from the first; cumulative: `id:points`).
    """
    if budget.phase != Phase.VOTING:
        raise BallotError(_("Paper ballots are imported while the vote is open."))
    rows = _csv_rows(data)
    header = None
    lines: list[PaperLine] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    districts = {str(d.pk): d for d in budget.districts.all()}
    for line, row in rows:
        if header is None:
            header = [h.strip().lower() for h in row]
            if "voter" not in header or "projects" not in header:
                raise BallotError(_("Line %(line)s: the header must name the columns voter and projects.") % {"line": line})
            continue
        cells = dict(zip(header, (c.strip() for c in row)))
        try:
            if budget.eligibility == Eligibility.REGISTER:
                birth = parse_date(cells.get("birth_date", ""))
                voter = check_register(budget, cells.get("voter", ""), birth)
            else:
                voter = check_code(budget, cells.get("voter", ""))
            if voter.key in seen:
                raise BallotError(_("the same voter is already on line %(other)s.") % {"other": seen[voter.key]})
            if Ballot.objects.filter(budget=budget, voter_key=voter.key).exists():
                raise BallotError(_("this voter has already voted."))
            district = None
            if districts:
                district = districts.get(cells.get("district", ""))
                if district is None:
                    raise BallotError(_("the district “%(value)s” is not one of this budget's.") % {"value": cells.get("district", "")[:30]})
            choices = _paper_choices(budget, cells.get("projects", ""))
            clean_choices(budget, district, choices)
        except BallotError as error:
            errors.append(_("Line %(line)s: %(problem)s") % {"line": line, "problem": str(error)})
            continue
        seen[voter.key] = line
        lines.append(PaperLine(line, voter, district, choices))
    if errors:
        raise BallotError("\n".join(errors[:100]))
    if not lines:
        raise BallotError(_("The file holds no ballot."))
    with transaction.atomic():
        for item in lines:
            try:
                submit_ballot(budget, item.voter, item.choices, district=item.district, channel=Channel.PAPER)
            except BallotError as error:
                raise BallotError(_("Line %(line)s: %(problem)s") % {"line": item.line, "problem": str(error)}) from None
    record(budget, "import_paper", actor=actor, message=f"{len(lines)} paper ballots")
    return len(lines)


def _paper_choices(budget: Budget, text: str) -> list[tuple[int, int]]:
    choices = []
    for item in re.split(r"[\s,]+", text.strip()):
        if not item:
            continue
        pid, _sep, points = item.partition(":")
        if whole_number(pid, max_digits=12) is None or (points and whole_number(points, max_digits=6) is None):
            raise BallotError(_("“%(value)s” is not a project number.") % {"value": item[:20]})
        if budget.vote_method == VoteMethod.CUMULATIVE:
            if not points:
                raise BallotError(_("give points as project:points (e.g. 12:3)."))
            choices.append((int(pid), int(points)))
        else:
            choices.append((int(pid), 1))
    return choices


# --- helpers ---------------------------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    text = (text or "").strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text) or None
    try:
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def _csv_rows(data: bytes):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BallotError(_("The file is not UTF-8 text.")) from None
    first = text.lstrip().split("\n", 1)[0]
    delimiter = ";" if ";" in first else "\t" if "\t" in first else ","
    rows = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for row in reader:
            if row and any(cell.strip() for cell in row):
                rows.append((reader.line_num, row))
    except csv.Error:
        # Python's csv module refuses a cell over 131,072 characters (csv.field_size_limit).
        raise BallotError(_("Line %(line)s: a cell is too long or the quotes are not closed; no cell of this file "
                            "should exceed %(max)s characters.") % {"line": reader.line_num, "max": MAX_CELL}) from None
    for number, row in rows:
        if any("\x00" in cell for cell in row):
            raise BallotError(_("Line %(line)s: the file contains an invisible NUL character (code 0).") % {"line": number})
        if any(len(cell) > MAX_CELL for cell in row):
            raise BallotError(_("Line %(line)s: a cell is longer than %(max)s characters.") % {"line": number, "max": MAX_CELL})
    return rows


def _is_header(row, names) -> bool:
    return bool(row) and row[0].strip().lower() in names


def _money(value: Decimal) -> str:
    value = Decimal(value)
    return f"{value:,.0f}".replace(",", "\u202f") if value == value.to_integral() else f"{value:,.2f}".replace(",", "\u202f")
