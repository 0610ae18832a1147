"""No template holds what the Content-Security-Policy blocks (settings: script-src and style-src 'self'):
an inline script, an on*="..." handler, a javascript: address, a style attribute or a <style> element.
Behaviour goes in each app's static JS files, presentation in its CSS (data blocks made by json_script,
type="application/json", are not scripts and stay)."""

import re
from pathlib import Path

import polyvox

TEMPLATES = sorted(Path(polyvox.__file__).parent.glob("*/templates/**/*.html"))
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
BLOCKED = {
    "on*= handler": re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I),
    "javascript: address": re.compile(r"""(href|src|action|formaction)\s*=\s*["']?\s*javascript:""", re.I),
    "style attribute": re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I),
    "<style> element": re.compile(r"<style\b", re.I),
}


def test_the_templates_are_found():
    assert len(TEMPLATES) > 50


def test_no_template_holds_what_the_policy_blocks():
    found = []
    for path in TEMPLATES:
        text = path.read_text(encoding="utf-8")
        for attributes, body in SCRIPT.findall(text):
            if "src=" not in attributes and "application/json" not in attributes and body.strip():
                found.append(f"{path}: inline <script>")
        for what, pattern in BLOCKED.items():
            if pattern.search(text):
                found.append(f"{path}: {what}")
    assert not found, "\n".join(found)
