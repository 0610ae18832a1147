"""Issue 12 item 8: the README and the docs point only at files a clone has (no ../shared/...)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_docs_point_inside_the_repository():
    assert (ROOT / "docs" / "design.md").exists()
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        assert "../shared" not in text and "shared/DESIGN" not in text, doc.name
        # Every `path/with/a/slash.md` (or a folder ending in /) named in backquotes exists from the root or beside the doc.
        for match in re.findall(r"`([\w./-]+\.md)`", text):
            assert (ROOT / match).exists() or (doc.parent / match).exists(), (doc.name, match)


def test_readme_leads_to_the_design_notes():
    assert "`docs/design.md`" in (ROOT / "README.md").read_text(encoding="utf-8")
