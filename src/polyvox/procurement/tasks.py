"""Background tasks of the framework contract (enqueued by the scheduler, see schedule.py)."""

from django_tasks import task

from polyvox.procurement import services


@task()
def advance_cascades() -> dict:
    """Move every cascade past its deadline to the next provider; open re-competitions past their deadline."""
    return services.advance_deadlines()
