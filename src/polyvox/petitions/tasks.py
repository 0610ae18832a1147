"""Background work of petitions (django-tasks): the signature confirmation mail."""

from django_tasks import task


@task()
def send_confirmation(signature_id: int, attempt: int = 1) -> str:
    """Send the confirmation mail of a pending signature; a failure is recorded and retried later."""
    from polyvox.petitions import mailing

    return mailing.deliver(signature_id, attempt)
