"""People who sign in: citizens, officials, facilitators, providers, the Service's staff."""

import functools

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [("fr", "Français"), ("nl", "Nederlands"), ("en", "English")]


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True, email_confirmed=True)
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)

    def for_request(self, pk):
        """The signed-in account as each request loads it (`RoleBackend.get_user`), or None, with what every
        request asks of it in the same statement: whether it holds the Service's staff role
        (`request_staff_role`), a role that needs the second factor (`request_sensitive_role`: staff,
        editor), and a confirmed authenticator app (`request_totp_enrolled`). The second-factor middleware
        and `is_service_staff` read these flags instead of querying again; an account loaded any other way
        has none and is queried as before. They hold for this request only: the next one reads them afresh.

        One plain statement, written once per process: every request of every signed-in person runs it, and
        building it with the ORM's subqueries each time cost more than the three statements it replaces."""
        try:
            pk = self.model._meta.pk.to_python(pk)
        except ValidationError:
            return None
        rows = list(self.raw(_request_user_sql(), [pk]))
        if not rows:
            return None
        user = rows[0]
        for flag in ("request_staff_role", "request_sensitive_role", "request_totp_enrolled"):
            setattr(user, flag, bool(getattr(user, flag)))  # SQLite answers 0/1
        return user


@functools.cache
def _request_user_sql() -> str:
    from django.db import connection
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from polyvox.organisations.models import Role, RoleAssignment

    quote = connection.ops.quote_name
    users, roles, devices = (quote(m._meta.db_table) for m in (User, RoleAssignment, TOTPDevice))
    role = f"SELECT 1 FROM {roles} r WHERE r.{quote('user_id')} = u.{quote('id')} AND r.{quote('role')}"
    staff, editor = Role.STAFF.value, Role.EDITOR.value  # fixed words of the code, not input
    return (
        f"SELECT u.*, EXISTS({role} = '{staff}') AS request_staff_role, "
        f"EXISTS({role} IN ('{staff}', '{editor}')) AS request_sensitive_role, "
        f"EXISTS(SELECT 1 FROM {devices} d WHERE d.{quote('user_id')} = u.{quote('id')} AND d.{quote('confirmed')}) "
        f"AS request_totp_enrolled FROM {users} u WHERE u.{quote('id')} = %s"
    )


class User(AbstractUser):
    """Signs in with an e-mail address. What a person may do comes from their roles (organisations'
    RoleAssignment, read by each app's rules.py): `is_staff` and `is_superuser` grant nothing."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(_("name shown to others"), max_length=120, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=2, choices=LANGUAGE_CHOICES, default="fr")
    email_confirmed = models.BooleanField(_("e-mail address confirmed"), default=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []
    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.display_name or self.get_full_name() or self.email

    def has_perm(self, perm, obj=None):
        """Django's superuser shortcut is gone: permissions come from the backends, i.e. from roles."""
        from django.contrib.auth.models import _user_has_perm

        return self.is_active and _user_has_perm(self, perm, obj)

    def has_module_perms(self, app_label):
        from django.contrib.auth.models import _user_has_module_perms

        return self.is_active and _user_has_module_perms(self, app_label)

    @property
    def public_name(self) -> str:
        return self.display_name or self.get_full_name() or self.email.split("@")[0]
