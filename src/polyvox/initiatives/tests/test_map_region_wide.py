"""Issue 12 item 8: the map says region-wide initiatives are listed under it, and the page lists them (also
when they carry a point, as the demo's do, and without the script), with the filters applied."""

import re

from django.urls import reverse

from polyvox.initiatives.models import Initiative


def region_list(page):
    section = re.search(r'<section id="map-unplaced".*?</section>', page, re.S).group(0)
    return section


def test_region_wide_initiatives_listed_under_the_map(client, inventory):
    # The demo places region-wide initiatives at the region's centre: give one a point.
    Initiative.objects.filter(pk=inventory["items"]["commissions"].pk).update(latitude=50.8466, longitude=4.3528)
    section = region_list(client.get(reverse("initiatives:map")).content.decode())
    assert "Commissions délibératives" in section and "Trois jours de délibération" in section
    assert "Bizet" not in section and "Brouillon secret" not in section
    assert "(2)" in section


def test_region_wide_list_follows_the_filters(client, inventory):
    section = region_list(client.get(reverse("initiatives:map"), {"q": "climatique"}).content.decode())
    assert "Trois jours de délibération" in section and "Commissions délibératives" not in section
    section = region_list(client.get(reverse("initiatives:map"), {"q": "Bizet"}).content.decode())
    assert "(0)" in section
