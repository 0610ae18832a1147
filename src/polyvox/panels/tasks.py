"""Background tasks of the panels: the selection (long: LEXIMIN on the solver) and the deletion of personal data."""

from django_tasks import task

from polyvox.panels import retention, selection


@task()
def run_selection(panel_id: int) -> dict:
    """Compute the LEXIMIN lottery, round it to 1,000 panels, draw one with the public seed, publish."""
    return selection.run(panel_id)


@task()
def purge_expired_personal_data() -> int:
    """Delete volunteers' personal data of panels ended longer ago than their retention period."""
    return retention.purge_expired_personal_data()
