"""Background tasks of workshops (django-tasks)."""

from django_tasks import task

from polyvox.workshops import services


@task()
def purge_event_logs() -> int:
    """Delete the live-stream log of workshops finished more than a week ago (their record stays)."""
    return services.purge_event_logs()
