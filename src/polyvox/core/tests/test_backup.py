"""The backup drill: dump, wipe, restore; every ballot and every offer comes back, files byte for byte.
Runs on SQLite, and on PostgreSQL in CI's second run."""

from __future__ import annotations

import hashlib
import io
import tarfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from polyvox.budgets import ballots
from polyvox.budgets.models import Ballot, BallotVersion
from polyvox.budgets.tests.conftest import accepted, budget, citizen, editor, initiative, org, voting_budget  # noqa: F401
from polyvox.budgets.tests.conftest import make_user as budget_user
from polyvox.core.backup import existing_data
from polyvox.procurement import services as procurement
from polyvox.procurement.models import Offer
from polyvox.procurement.tests.conftest import framework, later, lot, member, official, provider, provider_user, staff  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"  # every byte value, binary-safe


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return Path(settings.MEDIA_ROOT)


def _platform(voting_budget, framework, member, official, staff):  # noqa: F811
    budget = voting_budget
    p1, p2, p3, p4 = accepted(budget)
    for n, code in enumerate(list(budget.codes.values_list("code", flat=True))[:12]):
        voter = budget_user(f"drill{n}@test.example")
        ballot = ballots.submit_ballot(budget, ballots.check_code(budget, code), [(p1.pk, 1), (p4.pk, 1)], user=voter)
        if n % 3 == 0:  # some voters changed their mind: two versions
            ballots.submit_ballot(budget, ballots.Voter(ballot.voter_key), [(p2.pk, 1), (p3.pk, 1)], user=voter)
    contract = procurement.record_need(member, lot(framework, 1), official, title="Mission", need="N", amount=Decimal("95000"))
    procurement.draft_specification(contract, staff)
    procurement.set_criteria(contract, staff, [("Prix", "price", 50), ("Méthode", "quality", 50)])
    procurement.invite_offers(contract, staff, deadline=later(days=5))
    for rank, price in ((1, "90000.50"), (2, "85000")):
        document = SimpleUploadedFile(f"offre-{rank}.pdf", PDF + bytes([rank]), content_type="application/pdf")
        procurement.submit_offer(contract, provider(1, rank), provider_user(1, rank), price=Decimal(price),
                                 proposal=f"Proposition {rank}", document=document)


def _picture():
    ballot_rows = sorted(
        (b.pk, b.voter_key, b.user.email, b.choices, b.version, b.channel) for b in Ballot.objects.select_related("user")
    )
    versions = sorted((v.ballot_id, v.version, v.choices) for v in BallotVersion.objects.all())
    offers = sorted(
        (o.pk, o.provider_id, o.price, o.proposal, o.revision, o.document.name, o.document_name, o.document.read())
        for o in Offer.objects.all()
    )
    return ballot_rows, versions, offers


def _files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}


def test_backup_wipe_restore_brings_every_ballot_offer_and_file_back(media, voting_budget, framework, member, official, staff, tmp_path, capsys):  # noqa: F811
    _platform(voting_budget, framework, member, official, staff)
    (media / "initiatives").mkdir(parents=True, exist_ok=True)
    (media / "initiatives" / "plan été.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    before, files_before = _picture(), _files(media)
    assert len(before[0]) == 12 and len(before[1]) == 16 and len(before[2]) == 2 and len(files_before) == 3
    archive = tmp_path / "drill.tar.gz"

    call_command("backup", str(archive))
    assert "media files" in capsys.readouterr().out

    call_command("flush", interactive=False, verbosity=0)  # the wipe: an empty database and no files
    for path in sorted(media.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    assert Ballot.objects.count() == 0 and Offer.objects.count() == 0 and existing_data() == {}

    call_command("restore", str(archive))
    said = capsys.readouterr().out
    assert "Restored" in said and "3 media files" in said and "Erased" not in said
    assert _picture() == before
    assert _files(media) == files_before


def test_restore_refuses_a_database_with_data_unless_forced(media, voting_budget, tmp_path, capsys):  # noqa: F811
    archive = tmp_path / "one.tar.gz"
    call_command("backup", str(archive))
    code = voting_budget.codes.first().code
    ballots.submit_ballot(voting_budget, ballots.check_code(voting_budget, code), [(accepted(voting_budget)[0].pk, 1)])
    assert Ballot.objects.count() == 1

    with pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(archive))
    assert Ballot.objects.count() == 1  # nothing changed

    call_command("restore", str(archive), force=True)
    assert "Erased" in capsys.readouterr().out
    assert Ballot.objects.count() == 0  # back to the moment of the backup


def test_a_damaged_or_foreign_archive_is_refused_with_a_reason(media, db, tmp_path):
    not_an_archive = tmp_path / "notes.tar.gz"
    not_an_archive.write_bytes(b"hello")
    with pytest.raises(CommandError, match="not a Polyvox backup"):
        call_command("restore", str(not_an_archive))
    foreign = tmp_path / "foreign.tar.gz"
    with tarfile.open(foreign, "w:gz") as tar:
        info = tarfile.TarInfo("../../etc/evil")
        info.size = 4
        tar.addfile(info, io.BytesIO(b"evil"))
    with pytest.raises(CommandError, match="not a Polyvox backup"):
        call_command("restore", str(foreign))
    with pytest.raises(CommandError, match="no such file"):
        call_command("restore", str(tmp_path / "missing.tar.gz"))
