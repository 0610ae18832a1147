"""What the test suites of every app share: asynchronous code, contributions declared for one test (imported by tests only)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor


def run_coroutine(coroutine):
    """Run a coroutine to its end in an event loop of a thread of its own and return its result.

    Browser tests earlier in the same process leave Playwright's event loop running in the main thread,
    where `asyncio.run` refuses to start: every test that drives asynchronous code goes through here."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def declare(monkeypatch, *contributions):
    """Add contributions to the registry for one test (on the core app's config; undone after the test), as an
    app would declare them in its AppConfig."""
    from django.apps import apps

    config = apps.get_app_config("core")
    monkeypatch.setattr(config, "contributes", (*getattr(config, "contributes", ()), *contributions))


def state_writes(app_dir, fields, *, allowed=("workflow.py",)) -> list[str]:
    """The lines of an app's code (tests and migrations left out) that write one of its state fields other
    than through its workflow: `obj.<field> = ...`, `setattr(obj, "<field>", ...)`, or `<field>=` inside an
    `update(`/`create(` call. Each as "path:line: text". A workflow's effects live in `allowed` files."""
    import re
    from pathlib import Path

    names = "|".join(re.escape(name) for name in fields)
    patterns = [
        re.compile(rf"\.({names})\s*=(?!=)"),
        re.compile(rf"setattr\([^,]+,\s*[\"']({names})[\"']"),
        re.compile(rf"\b(update|create|update_or_create|get_or_create|bulk_update)\(.*\b({names})\s*=(?!=)"),
    ]
    found = []
    root = Path(app_dir)
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] in ("tests", "migrations") or relative.name in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if any(pattern.search(code) for pattern in patterns):
                found.append(f"{relative}:{number}: {line.strip()}")
    return found


def admin_file_links(page: str) -> list[str]:
    """The addresses the back office's file widgets link the current files to (Django's file widget:
    `<p class="file-upload">Currently: <a href="...">`)."""
    import html
    import re

    return [html.unescape(url) for url in re.findall(r'<p class="file-upload">[^<]*<a href="([^"]+)"', page)]
