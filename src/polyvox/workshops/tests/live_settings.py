"""Settings of the uvicorn server started by the streaming tests: the project's, static files from the apps."""

from polyvox.settings import *  # noqa: F401,F403

WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
