from polyvox.core.schedule import Job, run_due

CALLS = []


def remember():
    CALLS.append(1)


def test_jobs_run_when_due_and_not_before():
    CALLS.clear()
    job = Job(path="polyvox.core.tests.test_schedule.remember", every_seconds=60)
    assert run_due([job], now=1000.0) == [job.path]
    assert run_due([job], now=1030.0) == []
    assert run_due([job], now=1061.0) == [job.path]
    assert len(CALLS) == 2


def test_a_failing_job_does_not_stop_the_others():
    CALLS.clear()
    bad = Job(path="polyvox.core.tests.test_schedule.no_such_function", every_seconds=1)
    good = Job(path="polyvox.core.tests.test_schedule.remember", every_seconds=1)
    assert len(run_due([bad, good], now=5.0)) == 2
    assert CALLS == [1]
