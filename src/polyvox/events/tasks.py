"""Background work of events: reminders, run by the scheduler."""

from django_tasks import task


@task()
def send_reminders() -> int:
    from polyvox.events import services

    return services.send_due_reminders()
