"""Issue 12 item 8: the demo prints the real password (once) and no solver banner."""

import io
import os
import subprocess
import sys

import pytest
from django.conf import settings

CODE = "import highspy; highspy.Highs()"


def run(code):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120).stdout


def test_solver_banner_silenced():
    assert "Running HiGHS" in run(CODE)  # what the demo printed before
    silenced = run("from polyvox.core.management.commands.demo import _silence_solver_banner; _silence_solver_banner(); print('after'); " + CODE)
    assert "Running HiGHS" not in silenced and "after" in silenced


@pytest.mark.django_db
def test_demo_accounts_print_the_real_password_once():
    from polyvox.accounts import demo as accounts_demo
    from polyvox.organisations import demo as organisations_demo
    from polyvox.places import demo as places_demo

    out = io.StringIO()
    for module in (places_demo, organisations_demo, accounts_demo):
        module.load(out, {"synthetic": 0})
    text = out.getvalue()
    assert settings.DEMO_PASSWORD in text and "settings.DEMO_PASSWORD" not in text
