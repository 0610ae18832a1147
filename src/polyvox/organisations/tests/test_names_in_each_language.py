"""Issue 12 item 4: organisations have a name per language ("Commune d'Anderlecht" is "Gemeente Anderlecht"),
filled by the demo, shown on NL pages and in the NL membership protocol."""

import io
import datetime as dt

import pytest
from django.utils import translation
from pypdf import PdfReader

from polyvox.organisations import demo as organisations_demo
from polyvox.organisations.models import Organisation
from polyvox.places import demo as places_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisations():
    out = io.StringIO()
    places_demo.load(out, {"synthetic": 0})
    organisations_demo.load(out, {"synthetic": 0})


def test_demo_organisations_are_named_in_french_dutch_and_english(organisations):
    anderlecht = Organisation.objects.get(slug="commune-anderlecht")
    brussels = Organisation.objects.get(slug="ville-de-bruxelles")
    environment = Organisation.objects.get(slug="bruxelles-environnement")
    for language, names in [("fr", ("Commune d'Anderlecht", "Ville de Bruxelles", "Bruxelles Environnement")),
                            ("nl", ("Gemeente Anderlecht", "Stad Brussel", "Leefmilieu Brussel")),
                            ("en", ("Municipality of Anderlecht", "City of Brussels", "Brussels Environment"))]:
        with translation.override(language):
            assert (str(anderlecht), str(brussels), str(environment)) == names
    # Every demo organisation has its Dutch name filled in (the same as French only for proper names).
    assert not Organisation.objects.filter(name_nl__isnull=True).exists()
    assert not Organisation.objects.filter(name_nl="").exists()


def test_the_dutch_membership_protocol_names_the_member_in_dutch(organisations):
    from polyvox.procurement import documents
    from polyvox.procurement.models import FrameworkContract, Membership

    from decimal import Decimal

    framework = FrameworkContract.objects.create(name="Centrale", start_date=dt.date(2024, 1, 1),
                                                 ceiling=Decimal("4000000"))
    membership = Membership.objects.create(framework=framework, organisation=Organisation.objects.get(
        slug="commune-anderlecht"), state="member", language="nl", signed_on=dt.date(2024, 3, 1), signatory_name="F. C.")
    text = " ".join(PdfReader(io.BytesIO(documents.membership_protocol(membership))).pages[0].extract_text().split())
    assert "Gemeente Anderlecht" in text and "Commune d'Anderlecht" not in text
