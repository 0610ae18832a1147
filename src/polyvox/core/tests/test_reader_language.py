"""Issue 12 item 4: every main page of the demo, in Dutch and in French, for the public, staff and a citizen,
shows no interface text in the other language (nor raw codes or English words in the history). User content
is excluded when it is marked: elements with a lang attribute of another language, or data-user-content
(free text typed by people, whose language the platform does not know)."""

from __future__ import annotations

import re

import pytest

from polyvox.core.tests.test_phones import _sign_in, allow_database_beside_playwright, demo, main_pages  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VISIBLE_TEXT = """(lang) => {
    const parts = [];
    const walk = (node) => {
        for (const child of node.childNodes) {
            if (child.nodeType === 3) { parts.push(child.textContent); continue; }
            if (child.nodeType !== 1) continue;
            if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(child.tagName)) continue;
            const other = child.getAttribute("lang");
            if ((other && !other.startsWith(lang)) || child.hasAttribute("data-user-content")) continue;
            if (child.hidden || getComputedStyle(child).display === "none") continue;
            walk(child);
        }
    };
    walk(document.body);
    return parts.join(" ").replace(/\\s+/g, " ");
}"""

#: Words that give away the other language's interface text (whole words, case-sensitive where it matters).
FRENCH = [r"\bSigné le\b", r"\bCommune d['’]", r"\bVille de Bruxelles\b", r"\bvous\b", r"\bVous\b", r"\bles\b",
          r"\bune\b", r"\bavec\b", r"\bclose\b", r"\bConnectez-vous\b"]
DUTCH = [r"\bGemeente\b", r"\bhet\b", r"\been\b", r"\buw\b", r"\bniet\b", r"\bOndertekend\b", r"\bMeld u aan\b"]
NEITHER = [r"\(price\)", r"\(quality\)", r"\bstratified by municipality\b", r"\b[a-z]+_[a-z_]+ –",
           r"\bdraw_invitations\b", r"\bSigned on\b"]


def test_no_interface_text_in_the_other_language(demo, live_server, new_page):  # noqa: F811
    pages = main_pages()
    accounts = {"public": None, "staff": "staff@polyvox.example", "citizen": "citizen@polyvox.example"}
    problems = []
    for role, paths in pages.items():
        for language, telltales in (("fr", DUTCH + NEITHER), ("nl", FRENCH + NEITHER)):
            page = new_page(locale="fr-BE" if language == "fr" else "nl-BE")
            if accounts[role]:
                _sign_in(page, live_server, accounts[role])
            for path in paths:
                page.goto(f"{live_server.url}/{language}{path}")
                assert "/accounts/" not in page.url or "/accounts/" in path, (role, path, page.url)  # not sent to sign in
                text = page.evaluate(VISIBLE_TEXT, language)
                for pattern in telltales:
                    match = re.search(pattern, text)
                    if match:
                        problems.append(f"{role} /{language}{path}: “…{text[max(0, match.start() - 50):match.end() + 30]}…”")
            page.context.close()
    assert not problems, "\n".join(problems)
