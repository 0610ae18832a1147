"""The task worker and the scheduler survive a database that refuses connections: they back off and go on."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db.utils import OperationalError
from django_tasks_db.management.commands import db_worker

from polyvox.core import schedule
from polyvox.core.management.commands import scheduler as scheduler_command
from polyvox.core.management.commands import task_worker
from polyvox.core.schedule import Job, run_due

REFUSED = OperationalError('connection failed: FATAL:  sorry, too many clients already')


class Stop(Exception):
    pass


def refuse_then_count(calls: list):
    def job():
        calls.append(1)
        if len(calls) == 1:
            raise REFUSED
    return job


def test_the_worker_backs_off_and_resumes_after_database_errors(monkeypatch, db):
    runs, pauses = [], []

    def stock_run(self):
        runs.append(1)
        if len(runs) <= 3:
            raise REFUSED  # the stock worker stops here: "polyvox worker" must not

    monkeypatch.setattr(db_worker.Worker, "run", stock_run)
    monkeypatch.setattr(task_worker.time, "sleep", pauses.append)
    worker = task_worker.ResilientWorker(
        queue_names=["default"], interval=0.1, batch=False, backend_name="default", startup_delay=False,
        max_tasks=None, worker_id="test", excluded_queue_names=[],
    )
    worker.run()
    assert len(runs) == 4
    assert pauses == [1.0, 2.0, 4.0]


def test_a_job_refused_by_the_database_stays_due():
    calls = []
    schedule_module_job = Job(path="polyvox.core.tests.test_survival.JOB", every_seconds=60)
    globals()["JOB"] = refuse_then_count(calls)
    with pytest.raises(OperationalError):
        run_due([schedule_module_job], now=100.0)
    assert schedule_module_job.last_run == 0.0
    assert run_due([schedule_module_job], now=101.0) == [schedule_module_job.path]
    assert len(calls) == 2


def test_the_scheduler_keeps_going_when_the_database_refuses(monkeypatch, db):
    ticks, pauses = [], []

    def run_due_refusing_twice(jobs, now=None):
        ticks.append(1)
        if len(ticks) <= 2:
            raise REFUSED
        return []

    def sleep(seconds):
        pauses.append(seconds)
        if len(pauses) >= 4:
            raise KeyboardInterrupt  # how the scheduler is stopped

    monkeypatch.setattr(scheduler_command, "run_due", run_due_refusing_twice)
    monkeypatch.setattr(scheduler_command.time, "sleep", sleep)
    monkeypatch.setattr(schedule, "registered_jobs", lambda: [])
    call_command("scheduler", tick=0.5)
    assert len(ticks) == 4
    assert pauses[0] >= 1.0 and pauses[1] > pauses[0]  # backs off while refused
    assert pauses[2:] == [0.5, 0.5]  # back to its tick once the database answers
