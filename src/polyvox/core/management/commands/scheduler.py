"""`polyvox scheduler`: run the periodic jobs of every app (see polyvox.core.schedule)."""

import time

from django.core.management.base import BaseCommand

from polyvox.core.schedule import registered_jobs, run_due


class Command(BaseCommand):
    help = "Run the periodic jobs declared in each app's schedule.py (deadlines, data retention)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run every job once and stop")
        parser.add_argument("--tick", type=float, default=5.0, help="seconds between checks")

    def handle(self, *args, **options):
        jobs = registered_jobs()
        if options["once"]:
            for path in run_due(jobs):
                self.stdout.write(f"ran {path}")
            return
        self.stdout.write(f"scheduler: {len(jobs)} periodic job(s)")
        try:
            while True:
                run_due(jobs)
                time.sleep(options["tick"])
        except KeyboardInterrupt:
            pass
