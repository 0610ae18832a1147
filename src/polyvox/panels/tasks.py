"""Background tasks of the panels: the selection (long: LEXIMIN on the solver) and the deletion of personal data."""

from django_tasks import task


@task()
def run_selection(panel_id: int) -> dict:
    """Compute the LEXIMIN lottery, round it to 1,000 panels, draw one with the public seed, publish."""
    from polyvox.panels import selection

    return selection.run(panel_id)


@task()
def purge_expired_personal_data() -> int:
    """Delete volunteers' personal data of panels ended longer ago than their retention period."""
    from polyvox.panels import services

    return services.purge_expired_personal_data()
