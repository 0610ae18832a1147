"""`polyvox scheduler`: run the periodic jobs of every app (see polyvox.core.schedule)."""

import logging
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connections
from django.db.utils import InterfaceError, OperationalError

from polyvox.core.schedule import registered_jobs, run_due

logger = logging.getLogger("polyvox.schedule")


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
        pause = options["tick"]
        try:
            while True:
                try:
                    close_old_connections()
                    run_due(jobs)
                    pause = options["tick"]
                except (OperationalError, InterfaceError) as error:
                    # The database refuses (too many clients, pool timeout, restart): back off, keep going.
                    pause = min(max(pause * 2, 1.0), 60.0)
                    logger.warning("database unavailable (%s): scheduler retries in %.0f s", str(error).strip()[:200], pause)
                    for connection in connections.all(initialized_only=True):
                        try:
                            connection.close()
                        except Exception:  # noqa: BLE001 - a broken connection cannot close cleanly
                            pass
                time.sleep(pause)
        except KeyboardInterrupt:
            pass
