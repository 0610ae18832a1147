"""Background tasks of online consultations (django-tasks)."""

from django_tasks import task


@task()
def refresh_map(consultation_id: int) -> dict:
    """Compute the conversation's opinion map from the stored votes and tell the open screens."""
    from polyvox.consultations import mapping

    return mapping.refresh(consultation_id)
