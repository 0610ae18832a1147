"""Django settings for Polyvox, read from the environment (see README: configuration)."""

import hashlib
import os
import secrets
from pathlib import Path

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = PACKAGE_DIR.parent.parent
VAR_DIR = Path(os.environ.get("POLYVOX_VAR_DIR", BASE_DIR / "var"))


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once and kept under var/."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = _env_bool("DEBUG", False)
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]

INSTALLED_APPS = [
    "modeltranslation",
    "polyvox.core.apps.BackOfficeAdminConfig",  # django.contrib.admin answering to roles, not is_staff
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves its Swagger UI from our static files, never a CDN
    "polyvox.core",
    "polyvox.places",
    "polyvox.accounts",
    "polyvox.organisations",
    "polyvox.toolbox",
    "polyvox.procurement",
    "polyvox.initiatives",
    "polyvox.pages",
    "polyvox.workshops",
    "polyvox.panels",
    "polyvox.budgets",
    "polyvox.questionnaires",
    "polyvox.followup",
    "polyvox.network",
    "polyvox.events",
    "polyvox.newsletter",
    "polyvox.petitions",
    "polyvox.consultations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "polyvox.core.input_checks.DropNulCookiesMiddleware",  # before anything reads a cookie
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "polyvox.core.middleware.UserLocaleMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "polyvox.core.input_checks.RefuseNulMiddleware",  # after the language is known, before any view
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "polyvox.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "polyvox.core.context_processors.site",
            ],
            "builtins": ["polyvox.core.templatetags.polyvox"],
        },
    }
]

ASGI_APPLICATION = "polyvox.asgi.application"
WSGI_APPLICATION = "polyvox.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'polyvox.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and _env_bool("DB_POOL", True):
    # Django's psycopg pool: each process holds at most DB_POOL_MAX_SIZE connections, and a request that
    # finds them all busy waits up to DB_POOL_TIMEOUT seconds (then answers 503 + Retry-After, see
    # polyvox.overload). Pooled connections cannot also be persistent: CONN_MAX_AGE stays 0.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(os.environ.get("DB_POOL_MIN_SIZE", "2")),
        "max_size": int(os.environ.get("DB_POOL_MAX_SIZE", "10")),
        "timeout": float(os.environ.get("DB_POOL_TIMEOUT", "10")),
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters bound by the server, not pasted into the text by the client: the same statement text
    # comes back for every request, and psycopg prepares it on a connection after its fifth use, so
    # PostgreSQL parses and plans it once per pooled connection instead of once per request (a ballot
    # cost about a fifth less CPU, web and database together: benchmarks/LOAD.md). DB_SERVER_SIDE_BINDING=0
    # turns it off, e.g. behind a connection pooler that does not keep prepared statements.
    DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = _env_bool("DB_SERVER_SIDE_BINDING", True)
# Overload (polyvox.core.overload): requests in flight per server process, how long the next ones wait
# for a place, and the Retry-After of the 503 they get after that.
WEB_MAX_IN_FLIGHT = int(os.environ.get("WEB_MAX_IN_FLIGHT", "32"))
WEB_QUEUE_SECONDS = float(os.environ.get("WEB_QUEUE_SECONDS", "10"))
WEB_RETRY_AFTER = int(os.environ.get("WEB_RETRY_AFTER", "5"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server and the task worker read and write side by side.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "core:home"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "polyvox.core.backoffice.RoleBackend",  # signs in; permissions from roles only (rules.py)
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the default; Dutch complete; English for the international public.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("nl", "Nederlands"), ("en", "English")]
USE_I18N = True
TIME_ZONE = "Europe/Brussels"
USE_TZ = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_LANGUAGES = ("fr", "nl", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fr", "nl", "en"), "fr": ("nl", "en"), "nl": ("fr", "en")}
LANGUAGE_COOKIE_NAME = "polyvox_language"

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
UPLOAD_MAX_BYTES = int(os.environ.get("UPLOAD_MAX_BYTES", str(10 * 1024 * 1024)))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "participation@polyvox.example")

# Background work: django-tasks with its database backend; the worker runs beside the server.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Live streams: in-process by default; Redis pub/sub when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
# The deployment's own Redis channels (workshops/live.py): by default a digest of its database and its
# SECRET_KEY, the same for every process of one deployment, different for another one on the same Redis.
LIVE_NAMESPACE = os.environ.get("LIVE_NAMESPACE") or hashlib.sha256(
    "|".join(str(DATABASES["default"].get(k) or "") for k in ("ENGINE", "HOST", "PORT", "NAME")).encode()
    + b"|" + SECRET_KEY.encode()
).hexdigest()[:16]

# Cache: Redis when REDIS_URL is set (shared by every server process: rate limits and sign-in lock-outs
# hold across processes and hosts); otherwise memory local to each process (fine for one process). Its keys
# carry the deployment's namespace, so two deployments on one Redis never share a counter.
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "polyvox.core.cache.RedisCache", "LOCATION": REDIS_URL,
                          "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX") or f"polyvox:{LIVE_NAMESPACE}"}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "polyvox"}}
# Sessions: in the database, read through the shared cache when there is one (REDIS_URL): a signed-in
# request then reads its session from Redis, not PostgreSQL (written to both; a session survives a Redis
# flush, and a Redis that does not answer leaves the database answering: polyvox.core.sessions). Never
# through a cache local to each process: a sign-out in one process would stay unseen in the others.
# SESSION_ENGINE overrides.
SESSION_ENGINE = os.environ.get("SESSION_ENGINE") or (
    "polyvox.core.sessions" if REDIS_URL else "django.contrib.sessions.backends.db")

# Map tiles are the only outside resource; no test depends on them.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION", '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
)

DEMO_PASSWORD = "polyvox-demo-2026"

# --- Security and the public address (README: configuration) --------------------------------------
# SITE_URL is the address people use: links in e-mails, printed letters and QR codes are built on it.
# Unset, it is the local server's own address, http://HOST:PORT (127.0.0.1 when HOST is a wildcard),
# so that `PORT=8080 make demo` writes links that answer.
def _site_url() -> str:
    if os.environ.get("SITE_URL", "").strip():
        return os.environ["SITE_URL"].strip().rstrip("/")
    host = os.environ.get("HOST", "").strip() or "127.0.0.1"
    if host in {"0.0.0.0", "::", "[::]"}:
        host = "127.0.0.1"
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    return f"http://{host}:{os.environ.get('PORT', '').strip() or '8000'}"


SITE_URL = _site_url()

# Served over https (SITE_URL in https, or HTTPS=1): HSTS, redirect to https, cookies only over https.
# Each can still be set on its own (see README). Behind a reverse proxy that ends TLS, set
# SECURE_PROXY_SSL_HEADER to the header the proxy sets to "https" (e.g. X-Forwarded-Proto), and make sure
# the proxy always overwrites it: it is trusted only when this variable says so.
HTTPS = _env_bool("HTTPS", SITE_URL.startswith("https://"))
SECURE_SSL_REDIRECT = _env_bool("SECURE_SSL_REDIRECT", HTTPS)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain http inside the network
SESSION_COOKIE_SECURE = _env_bool("SESSION_COOKIE_SECURE", HTTPS)
CSRF_COOKIE_SECURE = _env_bool("CSRF_COOKIE_SECURE", HTTPS)
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600 if HTTPS else 0)))
# includeSubDomains and preload are sent with HSTS unless turned off: preload only takes effect once the
# domain's owner submits it to the browsers' preload list, a separate and deliberate step.
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", SECURE_HSTS_SECONDS > 0)
SECURE_HSTS_PRELOAD = _env_bool("SECURE_HSTS_PRELOAD", SECURE_HSTS_SECONDS > 0)
if os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip():
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + os.environ["SECURE_PROXY_SSL_HEADER"].strip().upper().replace("-", "_"), "https")
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"


def _tile_source(url: str) -> list[str]:
    """The CSP source of the map's tiles: MAP_TILE_URL's origin, a {s}-style label becoming '*'."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return []  # no tiles, or tiles served by this site ('self')
    host, _, port = parts.netloc.rpartition("@")[2].partition(":")
    labels = ["*" if "{" in label else label for label in host.split(".")]
    if "*" in labels[1:] or (labels[0] == "*" and len(labels) < 3):
        raise ValueError(f"MAP_TILE_URL: a placeholder may only stand for the first label of the host: {url}")
    return [f"{parts.scheme}://{'.'.join(labels)}{':' + port if port and '{' not in port else ''}"]


# Content-Security-Policy (django-csp) on every response: scripts and styles only from our static files
# (no inline script, no style attribute in any template), map tiles from MAP_TILE_URL's host, live
# streams (EventSource) and fetch() to this site only. The API's Swagger UI (django-ninja) loads its scripts
# from our static files as well and sets its styles from script (allowed), so it needs no nonce and no
# exception; core/tests/test_site_security.py loads it and the main pages in Chromium and fails on any violation.
from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_tile_source(MAP_TILE_URL)],  # data: Leaflet's and the admin's icons
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        **({"upgrade-insecure-requests": True} if HTTPS else {}),
    },
}
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "csp.middleware.CSPMiddleware")
INSTALLED_APPS.append("csp")

# Permissions-Policy (django-permissions-policy): no page uses the camera, microphone, location or
# payment; the workshop wall may go full screen on the projector.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "browsing-topics", "camera",
        "display-capture", "encrypted-media", "geolocation", "gyroscope", "hid", "idle-detection",
        "magnetometer", "microphone", "midi", "payment", "screen-wake-lock",
        "serial", "usb", "xr-spatial-tracking",
    )
} | {"fullscreen": ["self"]}
MIDDLEWARE.insert(MIDDLEWARE.index("csp.middleware.CSPMiddleware") + 1, "django_permissions_policy.PermissionsPolicyMiddleware")
# --- end of security ------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


# --- Throttling and second factor (README: "Throttling and second factor") ----------------------------
# The client address: REMOTE_ADDR, unless TRUSTED_PROXY_COUNT reverse proxies stand in front of the
# servers; then the address the outermost trusted proxy saw, read from the right of X-Forwarded-For.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))


def _throttle_limits(defaults: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """THROTTLE_LIMITS="code_entry=10/600,contact=5/3600" overrides (attempts/seconds) per scope."""
    limits = dict(defaults)
    for item in os.environ.get("THROTTLE_LIMITS", "").split(","):
        if "=" in item and "/" in item:
            name, rate = item.split("=", 1)
            attempts, seconds = rate.split("/", 1)
            limits[name.strip()] = (int(attempts), int(seconds))
    return limits


# scope -> (attempts, seconds). "address" limits count per client address, "account"/"target" per account,
# e-mail address, budget or code. Code entries count wrong codes only; forms count every submission.
THROTTLE_LIMITS = _throttle_limits({
    "signup.address": (10, 3600),
    "password_reset.address": (10, 3600),
    "password_reset.target": (3, 3600),
    "contact.address": (10, 3600),
    "code_entry.address": (30, 600),
    "code_entry.account": (10, 600),
    "code_entry.target": (200, 3600),
    "second_factor.address": (20, 900),
    "second_factor.account": (5, 900),
    "petition_sign.address": (30, 3600),  # signatures from one client address
    "petition_sign.target": (300, 3600),  # signatures from one e-mail domain (the big providers' share is large)
    "petition_file.address": (10, 3600),
})

# Sign-in lock-out (django-axes): LOGIN_FAILURE_LIMIT wrong passwords for one account, or from one
# address, lock sign-in for LOGIN_LOCKOUT_SECONDS; each further lock-out within LOGIN_LOCKOUT_MEMORY_SECONDS
# doubles the delay, up to LOGIN_LOCKOUT_MAX_SECONDS. The account's owner receives an e-mail.
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_LOCKOUT_SECONDS = int(os.environ.get("LOGIN_LOCKOUT_SECONDS", "300"))
LOGIN_LOCKOUT_MAX_SECONDS = int(os.environ.get("LOGIN_LOCKOUT_MAX_SECONDS", str(24 * 3600)))
LOGIN_LOCKOUT_MEMORY_SECONDS = int(os.environ.get("LOGIN_LOCKOUT_MEMORY_SECONDS", str(24 * 3600)))
INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static"]
AUTHENTICATION_BACKENDS = ["polyvox.accounts.backends.LockoutBackend", *AUTHENTICATION_BACKENDS]
MIDDLEWARE.insert(MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
                  "django_otp.middleware.OTPMiddleware")
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware") + 1,
                  "polyvox.accounts.second_factor.SecondFactorMiddleware")
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as django-axes asks
AXES_HANDLER = "polyvox.accounts.backends.LockoutCacheHandler"  # django-axes' cache handler
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # per account, and per client address
AXES_COOLOFF_TIME = "polyvox.accounts.lockout.cool_off"
AXES_LOCKOUT_CALLABLE = "polyvox.accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "polyvox.accounts.throttling.client_address_of"
AXES_USERNAME_CALLABLE = "polyvox.accounts.lockout.username_of"
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # tries during a lock-out do not extend it
AXES_ENABLE_ADMIN = False  # attempts live in the cache, not in tables
AXES_VERBOSE = False
# Memory local to the process counts right for one server process (`polyvox serve`, WEB_CONCURRENCY=1);
# several processes or hosts must share REDIS_URL, which the check polyvox.accounts.W001 says.
# Second factor (django-otp): TOTP apps and single-use recovery codes, required of the accounts that can
# see personal data or sealed offers (polyvox.accounts.second_factor.requires_second_factor).
OTP_TOTP_ISSUER = "participation.brussels"
RECOVERY_CODE_COUNT = 10

# Petitions (polyvox.petitions): the confirmation link's life, the anonymisation after closing, the shortest time
# a person spends on the signing form (seconds; a faster one is a robot), and the identity provider (OpenID
# Connect: the federal authentication service or itsme) for channels that require a verified identity.
PETITIONS_CONFIRMATION_DAYS = int(os.environ.get("PETITIONS_CONFIRMATION_DAYS", "7"))
PETITIONS_ANONYMISE_AFTER_DAYS = int(os.environ.get("PETITIONS_ANONYMISE_AFTER_DAYS", "183"))
PETITIONS_MIN_FORM_SECONDS = float(os.environ.get("PETITIONS_MIN_FORM_SECONDS", "3"))
PETITIONS_OIDC = {
    "issuer": os.environ.get("PETITIONS_OIDC_ISSUER", ""),  # e.g. https://idp.iamfas.belgium.be/fas/oauth2
    "client_id": os.environ.get("PETITIONS_OIDC_CLIENT_ID", ""),
    "client_secret": os.environ.get("PETITIONS_OIDC_CLIENT_SECRET", ""),
    "scope": os.environ.get("PETITIONS_OIDC_SCOPE", "openid profile egovnrn"),
    "register_number_claim": os.environ.get("PETITIONS_OIDC_NRN_CLAIM", "egovNRN"),
}

# Hearing back (follow-up): the e-mail a voter, a workshop participant, a signatory or anyone on a process's
# follow-up page leaves to be told of the answers and updates is kept this many days after they said yes (three
# years: the answer is due within 6 to 9 months, then the implementation reports every 6 months), then deleted.
HEAR_BACK_KEPT_DAYS = int(os.environ.get("HEAR_BACK_KEPT_DAYS", "1095"))
