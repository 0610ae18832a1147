"""Signed, time-limited links that confirm an e-mail address (no table needed)."""

from django.core import signing

SALT = "polyvox.accounts.email-confirmation"
MAX_AGE_SECONDS = 3 * 24 * 3600


class InvalidToken(Exception):
    """The link is altered, expired, or names an address the account no longer has."""


def make_confirmation_token(user) -> str:
    return signing.dumps({"u": user.pk, "e": user.email.lower()}, salt=SALT, compress=True)


def read_confirmation_token(token: str, max_age: int = MAX_AGE_SECONDS):
    """The user the token names; InvalidToken when it is bad, expired or stale."""
    from polyvox.accounts.models import User

    try:
        data = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise InvalidToken("expired") from error
    except signing.BadSignature as error:
        raise InvalidToken("bad signature") from error
    try:
        user = User.objects.get(pk=data.get("u"))
    except (User.DoesNotExist, TypeError, ValueError) as error:
        raise InvalidToken("unknown user") from error
    if user.email.lower() != data.get("e"):
        raise InvalidToken("address changed")
    return user
