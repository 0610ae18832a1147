"""A NUL character anywhere a view could read it answers a translated 400 (JSON for scripts), before any
view or database sees it; a query string's NUL becomes a space; a cookie holding one is ignored."""

import pytest
from django.test import Client


@pytest.mark.django_db
def test_nul_in_a_form_answers_a_translated_400(client):
    response = client.post("/nl/contact/", {"name": "A\x00", "email": "a@example.org", "message": "hello"})
    assert response.status_code == 400 and "NUL-teken" in response.content.decode()
    response = client.post("/fr/contact/", {"message\x00": "x"})
    assert response.status_code == 400 and "caractère invisible NUL" in response.content.decode()


@pytest.mark.django_db
def test_nul_in_an_address_answers_400(client):
    assert client.get("/fr/workshops/AB%00CD/").status_code == 400
    assert client.post("/j/AB%00CD", {"display_name": "Alice"}).status_code == 400


@pytest.mark.django_db
def test_scripts_and_the_api_get_json(client):
    response = client.post("/fr/contact/", {"message": "\x00"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and "NUL" in response.json()["error"]
    response = client.get("/api/initiatives/%00/")
    assert response.status_code == 400 and "NUL" in response.json()["detail"]


@pytest.mark.django_db
def test_nul_in_a_query_becomes_a_space(client):
    response = client.get("/api/initiatives/", {"q": "bud\x00get"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_a_cookie_with_nul_is_ignored():
    client = Client()
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    client.cookies["polyvox_language"] = "nl\x00"
    assert client.get("/").status_code in (200, 302)
    assert client.get("/fr/").status_code == 200


def test_whole_number_takes_only_the_digits_0_to_9():
    from polyvox.core.input_checks import whole_number

    assert whole_number("12") == 12 and whole_number(" 7 ") == 7 and whole_number(3) == 3
    for raw in ("²", "٣", "1.5", "-1", "", None, "1e3", "9" * 19, "1\x00"):
        assert whole_number(raw) is None, raw


@pytest.mark.django_db
@pytest.mark.parametrize("path", [
    "/api/initiatives/?page=%C2%B2", "/api/initiatives/?page_size=%C2%B2", "/fr/initiatives/?page=%C2%B2",
    "/fr/initiatives/?year=%C2%B2", "/api/toolbox/methods/%C2%B2", "/api/procurement/providers?lot=%C2%B2",
])
def test_superscript_digits_in_addresses_are_no_500(client, path):
    # "²".isdigit() is True but int("²") raises: each of these was a 500.
    assert client.get(path).status_code < 500


def test_no_code_trusts_isdigit_alone_before_int():
    """`"²".isdigit()` is True and `int("²")` raises: a digit check must also ask `isascii()` (or use whole_number)."""
    import re
    from pathlib import Path

    import polyvox

    root = Path(polyvox.__file__).parent
    loose = re.compile(r"(?<!isascii\(\) and )\b([\w\[\]\.]+)\.isdigit\(\)")
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if "tests" in relative.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in loose.finditer(line):
                if f"int({match.group(1)})" in line or "pk" in line:
                    found.append(f"{relative}:{number}: {line.strip()}")
    assert not found, found
