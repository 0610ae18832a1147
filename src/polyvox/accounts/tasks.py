"""Background tasks of the accounts: the lock-out notice to an account's owner."""

from django_tasks import task


@task()
def send_lockout_notice(email: str, minutes: int, address: str) -> bool:
    """E-mail the owner of `email` (if such an account exists) that its sign-in is locked, in their language."""
    from polyvox.accounts import services

    return services.send_lockout_notice(email, minutes, address)
