"""The import contracts of pyproject.toml ([tool.importlinter]) hold for this checkout: engines import no Django
and no app, core imports no new app, and no package has an import cycle (imports inside functions count)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]  # the checkout: pyproject.toml and src/


def test_import_contracts_are_kept():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()",
         "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout and "3 kept" in run.stdout, run.stdout


def test_every_app_is_named_in_the_contracts():
    """A new app is forbidden to core and to the engines as soon as it exists (import-linter refuses to name a
    package that does not exist yet, so the lists grow with the apps)."""
    import tomllib

    contracts = {c["id"]: c for c in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]}
    package = ROOT / "src" / "polyvox"
    apps = {f"polyvox.{path.name}" for path in package.iterdir()
            if (path / "apps.py").exists() and path.name != "core"}
    assert apps - set(contracts["core"]["forbidden_modules"]) == set()
    assert apps - set(contracts["engines"]["forbidden_modules"]) == set()
