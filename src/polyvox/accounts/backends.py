"""Sign-in backend: django-axes' lock-out for every sign-in made over HTTP."""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' check, first in AUTHENTICATION_BACKENDS: a locked account or address is refused.

    Every sign-in page (ours, the admin's) passes the request. A call without one comes from code on the
    server (a management command, a test client's login), has no client address to lock, and is left to
    the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
