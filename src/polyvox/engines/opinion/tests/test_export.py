"""Reading Pol.is exports: malformed, truncated or oversized files give a clear error naming the file and line."""

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polyvox.engines.opinion import PolisExportError, read_polis_export, write_polis_export
from polyvox.engines.opinion import polis_export

POLIS = Path(__file__).parent / "polis"

COMMENTS = (
    "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
    "1,x,0,1,1,0,1,First\n"
    "2,x,1,1,0,1,-1,\"Second, hidden\"\n"
    "3,x,2,2,0,0,0,Third\n"
)
VOTES = (
    "timestamp,datetime,comment-id,voter-id,vote\n"
    "10,x,0,5,1\n"
    "11,x,1,5,-1\n"
    "12,x,0,6,0\n"
    "9,x,0,6,1\n"  # older: the vote at 12 wins
)


def export(tmp_path, comments=COMMENTS, votes=VOTES):
    (tmp_path / "comments.csv").write_text(comments, encoding="utf-8")
    if votes is not None:
        (tmp_path / "votes.csv").write_text(votes, encoding="utf-8")
    return tmp_path


def test_reads_a_small_export(tmp_path):
    result = read_polis_export(export(tmp_path))
    assert result.statements == [0, 1, 2]
    assert result.moderated_out == {1}
    assert result.votes[-1] == (6, 0, 0)  # sorted by time: the latest last
    assert result.texts[1] == "Second, hidden"


@pytest.mark.parametrize(
    "comments, votes, file, line, words",
    [
        (COMMENTS, VOTES.replace("10,x,0,5,1", "10,x,0,5,2"), "votes.csv", 2, "vote"),
        (COMMENTS, VOTES.replace("10,x,0,5,1", "10,x,0,5,yes"), "votes.csv", 2, "not a whole number"),
        (COMMENTS, VOTES.replace("10,x,0,5,1", "10,x,0,5"), "votes.csv", 2, "truncated"),
        (COMMENTS, VOTES + "13,x,0,7", "votes.csv", 6, "truncated"),
        (COMMENTS, VOTES.replace("11,x,1,5", "11,x,9,5"), "votes.csv", 3, "comment 9"),
        (COMMENTS, "comment-id,vote\n0,1\n", "votes.csv", 1, "voter-id"),
        (COMMENTS, "", "votes.csv", 1, "empty"),
        (COMMENTS.replace("3,x,2,2,0,0,0", "3,x,1,2,0,0,0"), VOTES, "comments.csv", 4, "twice"),
        (COMMENTS.replace(",1,First", ",5,First"), VOTES, "comments.csv", 2, "moderated"),
        (COMMENTS + '4,x,3,1,0,0,1,"unterminated\n', VOTES, "comments.csv", 5, "truncated"),
        (COMMENTS.replace("comment-id", "id"), VOTES, "comments.csv", 1, "comment-id"),
        (COMMENTS, None, "votes.csv", 0, "neither"),
    ],
)
def test_malformed_exports_name_file_and_line(tmp_path, comments, votes, file, line, words):
    with pytest.raises(PolisExportError) as error:
        read_polis_export(export(tmp_path, comments, votes))
    assert error.value.file == file
    assert error.value.line == line
    assert words in str(error.value)


def test_not_utf8(tmp_path):
    folder = export(tmp_path)
    (folder / "votes.csv").write_bytes(b"timestamp,datetime,comment-id,voter-id,vote\n10,\xff\xfe,0,5,1\n")
    with pytest.raises(PolisExportError) as error:
        read_polis_export(folder)
    assert error.value.file == "votes.csv"


def test_missing_folder_and_comments(tmp_path):
    with pytest.raises(PolisExportError):
        read_polis_export(tmp_path / "nope")
    with pytest.raises(PolisExportError) as error:
        read_polis_export(tmp_path)
    assert error.value.file == "comments.csv"


def test_absurd_sizes_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(polis_export, "MAX_PARTICIPANTS", 1)
    with pytest.raises(PolisExportError) as error:
        read_polis_export(export(tmp_path))
    assert "more than 1 participants" in str(error.value) and error.value.line == 4
    monkeypatch.setattr(polis_export, "MAX_FILE_BYTES", 10)
    with pytest.raises(PolisExportError) as error:
        read_polis_export(export(tmp_path))
    assert "bytes" in str(error.value)


def test_huge_field_refused(tmp_path):
    body = "x" * (polis_export.MAX_FIELD_CHARS + 10)
    with pytest.raises(PolisExportError) as error:
        read_polis_export(export(tmp_path, COMMENTS + f'4,x,3,1,0,0,1,"{body}"\n'))
    assert error.value.file == "comments.csv"


def test_participants_votes_truncated(tmp_path):
    source = POLIS / "brexit-consensus"
    shutil.copy(source / "comments.csv", tmp_path / "comments.csv")
    text = (source / "participants-votes.csv").read_text()
    (tmp_path / "participants-votes.csv").write_text(text[: len(text) // 2])  # cut in the middle of a line
    with pytest.raises(PolisExportError) as error:
        read_polis_export(tmp_path)
    assert error.value.file == "participants-votes.csv" and error.value.line > 1


def test_write_then_read_round_trip(tmp_path):
    write_polis_export(tmp_path, statements=[3, 4], votes=[(1, 3, 1), (2, 3, -1), (1, 4, 0), (1, 3, -1)],
                       texts={3: "Trois, avec virgule", 4: "Vier"}, moderated={4: -1})
    again = read_polis_export(tmp_path)
    assert again.statements == [3, 4] and again.moderated == {3: 1, 4: -1}
    assert again.votes == [(1, 3, 1), (2, 3, -1), (1, 4, 0), (1, 3, -1)]
    assert again.texts[3] == "Trois, avec virgule"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_damaged_exports_never_crash(tmp_path_factory, data):
    """Any damage to a real export (truncation, a changed byte, inserted text) is either read or refused with a
    PolisExportError: never another exception."""
    folder = tmp_path_factory.mktemp("fuzz")
    source = POLIS / "brexit-consensus"
    comments = (source / "comments.csv").read_bytes()
    votes = (source / "votes.csv").read_bytes()[:4000]
    target = data.draw(st.sampled_from(["comments", "votes"]))
    original = comments if target == "comments" else votes
    action = data.draw(st.sampled_from(["truncate", "replace", "insert"]))
    at = data.draw(st.integers(0, len(original)))
    if action == "truncate":
        damaged = original[:at]
    elif action == "replace":
        damaged = original[:at] + data.draw(st.binary(min_size=1, max_size=8)) + original[at + 8:]
    else:
        damaged = original[:at] + data.draw(st.text(max_size=20)).encode("utf-8") + original[at:]
    (folder / "comments.csv").write_bytes(damaged if target == "comments" else comments)
    (folder / "votes.csv").write_bytes(damaged if target == "votes" else votes)
    try:
        result = read_polis_export(folder)
    except PolisExportError as error:
        assert error.file in {"comments.csv", "votes.csv"}
        assert str(error)
    else:
        assert all(v in (-1, 0, 1) for _, _, v in result.votes)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.text(alphabet="0123456789,-\" \nabc", max_size=6), max_size=6), max_size=8))
def test_fuzz_arbitrary_vote_rows(rows):
    import tempfile

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "comments.csv").write_text(COMMENTS)
        body = "timestamp,datetime,comment-id,voter-id,vote\n" + "\n".join(",".join(r) for r in rows)
        (folder / "votes.csv").write_text(body)
        try:
            read_polis_export(folder)
        except PolisExportError as error:
            assert error.file == "votes.csv"
