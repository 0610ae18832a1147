"""`polyvox worker`: django-tasks-db's worker that survives database pressure.

The stock worker stops on any database error other than SQLite's "locked" (e.g. PostgreSQL's "too many
clients" or the pool's timeout). This one logs it, drops the broken connection, waits (1 s, doubling up
to 30 s while the database keeps refusing) and goes on fetching tasks.
"""

import logging
import os
import time

from django.core.management.base import CommandError
from django.db import close_old_connections, connections
from django.db.utils import InterfaceError, OperationalError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

logger = logging.getLogger("polyvox.worker")

BACKOFF_FIRST = 1.0
BACKOFF_MAX = 30.0


class ResilientWorker(db_worker.Worker):
    def run(self) -> None:
        pause, last_failure = BACKOFF_FIRST, 0.0
        while self.running:
            try:
                super().run()
                return  # stopped on purpose (signal, --batch, --max-tasks)
            except (OperationalError, InterfaceError) as error:
                if time.monotonic() - last_failure > 2 * BACKOFF_MAX:
                    pause = BACKOFF_FIRST  # a new outage, not the same one going on
                last_failure = time.monotonic()
                logger.warning("database unavailable (%s): worker retries in %.0f s", str(error).strip()[:200], pause)
                _drop_connections()
                time.sleep(pause)
                pause = min(pause * 2, BACKOFF_MAX)


def _drop_connections() -> None:
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - a connection already broken cannot be closed cleanly
            pass
    close_old_connections()


class Command(db_worker.Command):
    help = "Run the background-task worker (keeps going through database outages)."

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay, reload, max_tasks,
               worker_id, exclude_queues, **options):
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = ResilientWorker(
            queue_names=queue_names, interval=interval, batch=batch, backend_name=backend_name,
            startup_delay=startup_delay, max_tasks=max_tasks, worker_id=worker_id, excluded_queue_names=excluded,
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
