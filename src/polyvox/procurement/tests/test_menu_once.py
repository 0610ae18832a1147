"""Issue 12 item 8: the staff's main menu names the framework contract once, on every procurement page."""

import re

import pytest
from django.urls import reverse
from polyvox.accounts.testing import sign_in


@pytest.mark.parametrize("name", ["procurement:home", "procurement:contracts", "procurement:dashboard"])
def test_framework_contract_in_the_menu_once(client, framework, staff, name):
    sign_in(client, staff)
    page = client.get(reverse(name)).content.decode()
    main_nav = re.search(r'<nav aria-label="[^"]*" class="main-nav">(.*?)</nav>', page, re.S).group(1)
    assert main_nav.count(reverse("procurement:home") + '"') == 1
