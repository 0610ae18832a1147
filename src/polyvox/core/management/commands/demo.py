"""`polyvox demo [--synthetic N]`: load the demo data of every app, idempotently.

Each app that has demo data provides `polyvox.<app>.demo.load(out, options)` and declares it in its AppConfig
(`Contribution("demo", "polyvox.<app>.demo", order=N)`); they run in their order, each in its own transaction,
so that later ones can rely on earlier ones; then each module's optional `link(out, options)` runs, for links
to records of apps loaded later.
"""

import os
import sys
from importlib import import_module

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from polyvox.core.content import ContentError
from polyvox.core.registry import contributions

# None: every app's declared loader. A list of module names restricts the run to them (the tests of one app).
DEMO_MODULES: list[str] | None = None


def demo_modules() -> list[str]:
    """The demo loaders the apps declare (`Contribution("demo", "polyvox.<app>.demo", order=N)`), in their order."""
    if DEMO_MODULES is not None:
        return list(DEMO_MODULES)
    return [contribution.target for contribution in contributions("demo")]


class Command(BaseCommand):
    help = "Load the demo data (idempotent): organisations, accounts, toolbox, providers, initiatives, processes."

    def add_arguments(self, parser):
        parser.add_argument("--synthetic", type=int, default=0, help="also add N generated initiatives for load tests")

    def handle(self, *args, **options):
        translation.activate("fr")
        _silence_solver_banner()
        try:
            self.load_all(options)
        except ContentError as error:  # a content file a translator broke: its file and line, no traceback
            raise CommandError(f"demo content: {error}") from None

    def load_all(self, options):
        loaded = []
        for module_name in demo_modules():
            module = import_module(module_name)
            with transaction.atomic():
                module.load(self.stdout, options)
            loaded.append(module)
        # Second pass: links that need later apps' records (e.g. toolbox cases -> inventory initiatives).
        for module in loaded:
            if hasattr(module, "link"):
                with transaction.atomic():
                    module.link(self.stdout, options)
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))


def _silence_solver_banner() -> None:
    """HiGHS writes its banner ("Running HiGHS ... Copyright") to the process's standard output the first
    time a solver is created, before any option can turn its output off. Create that first one here with
    the output sent nowhere, so the panels' demo draw prints only its own lines."""
    try:
        import highspy
    except ImportError:
        return
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 1)
            highspy.Highs().setOptionValue("output_flag", False)
    finally:
        os.dup2(saved, 1)
        os.close(saved)
