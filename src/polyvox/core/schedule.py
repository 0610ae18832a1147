"""Periodic work (deadlines, data retention): each app lists its jobs in `<app>/schedule.py` as

    PERIODIC = [("polyvox.procurement.tasks.advance_cascades", 60)]

a dotted path to a django-tasks task (enqueued) or a plain function (called), and its period in
seconds. `polyvox scheduler` (started by `polyvox serve`) runs `due_jobs` in a loop. Jobs must be
idempotent: running one twice, or late, must do no harm.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.db.utils import InterfaceError, OperationalError
from django.utils.module_loading import import_string

logger = logging.getLogger("polyvox.schedule")


@dataclass
class Job:
    path: str
    every_seconds: float
    last_run: float = 0.0


def registered_jobs() -> list[Job]:
    """Every job declared by an installed app's schedule.py."""
    jobs = []
    for config in apps.get_app_configs():
        try:
            module = import_module(f"{config.name}.schedule")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.schedule":
                raise
            continue
        for path, every in getattr(module, "PERIODIC", []):
            jobs.append(Job(path=path, every_seconds=float(every)))
    return jobs


def run_job(job: Job) -> None:
    target = import_string(job.path)
    if hasattr(target, "enqueue"):
        target.enqueue()
    else:
        target()


def run_due(jobs: list[Job], now: float | None = None) -> list[str]:
    """Run (or enqueue) the jobs whose period has elapsed; returns their paths."""
    now = time.monotonic() if now is None else now
    ran = []
    for job in jobs:
        if job.last_run == 0.0 or now - job.last_run >= job.every_seconds:
            try:
                run_job(job)
            except (OperationalError, InterfaceError):
                raise  # the database is unavailable: the scheduler backs off, the job stays due
            except Exception:  # noqa: BLE001 - one failing job must not stop the others
                logger.exception("periodic job %s failed", job.path)
            job.last_run = now
            ran.append(job.path)
    return ran
