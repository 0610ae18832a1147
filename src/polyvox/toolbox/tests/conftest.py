"""Fixtures of the toolbox's tests: the demo content, and inventory initiatives to cite as cases."""

import datetime
import io
import itertools

import pytest

_counter = itertools.count(1)


@pytest.fixture
def toolbox_demo(db):
    """The toolbox's demo content, loaded as `polyvox demo` does."""
    from polyvox.toolbox import demo

    demo.load(io.StringIO(), {})
    return demo


@pytest.fixture
def make_initiative(db):
    """An inventory initiative (published unless told otherwise), with FR/NL/EN titles."""
    from polyvox.initiatives.models import Initiative
    from polyvox.organisations.models import Organisation

    def make(slug, *, published=True, family=None, title="Initiative"):
        number = next(_counter)
        organiser, _ = Organisation.objects.get_or_create(
            slug="toolbox-test-organiser", defaults={"name": "Organisateur de test", "kind": "regional"}
        )
        return Initiative.objects.create(
            slug=slug,
            title_fr=f"{title} (FR {number})",
            title_nl=f"{title} (NL {number})",
            title_en=f"{title} (EN {number})",
            summary_fr="Résumé", summary_nl="Samenvatting", summary_en="Summary",
            body_fr="Texte", body_nl="Tekst", body_en="Text",
            start_date=datetime.date(2024, 3, 1),
            governance_level="regional",
            participation_level="concertation",
            organiser=organiser,
            method_family=family,
            publication_state="published" if published else "draft",
        )

    return make
