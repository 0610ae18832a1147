"""Who signed, as keyed hashes: one signature per person and petition, online and on paper alike.

A key is an HMAC (Django's salted_hmac, keyed from SECRET_KEY) of the normalised name, date of birth and
municipality, of the normalised e-mail address, or of a national register number given by an identity
provider. The number itself is never stored; the keys stay when names and e-mails are anonymised.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils.crypto import salted_hmac

from polyvox.core.text import search_key

SALT = "polyvox.petitions.identity"
GMAIL = {"gmail.com", "googlemail.com"}


def person_key(full_name: str, born: date, municipality_id: int | None) -> str:
    return _key("person", f"{normalise_name(full_name)}|{born.isoformat()}|{municipality_id or 'outside'}")


def email_key(email: str) -> str:
    return _key("email", normalise_email(email))


def register_key(number: str) -> str:
    return _key("register", re.sub(r"\D", "", number or ""))


def normalise_name(full_name: str) -> str:
    """Accents, case, punctuation and word order removed: 'Dupont, Jean-Marie' == 'jean marie DUPONT'."""
    words = re.sub(r"[^\w]+", " ", search_key(full_name)).split()
    return " ".join(sorted(words))


def normalise_email(email: str) -> str:
    """Lower case; the +tag dropped; dots dropped for Gmail, which ignores them."""
    local, _at, domain = (email or "").strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in GMAIL:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def email_domain(email: str) -> str:
    return (email or "").strip().lower().rpartition("@")[2]


def is_disposable(email: str) -> bool:
    domain = email_domain(email)
    parts = domain.split(".")
    return any(".".join(parts[index:]) in disposable_domains() for index in range(len(parts) - 1))


@lru_cache(maxsize=1)
def disposable_domains() -> frozenset[str]:
    path = Path(getattr(settings, "PETITIONS_DISPOSABLE_DOMAINS_FILE", "") or Path(__file__).parent / "data" / "disposable_domains.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def _key(kind: str, value: str) -> str:
    return salted_hmac(f"{SALT}.{kind}", value, algorithm="sha256").hexdigest()
