"""People who sign in: citizens, officials, facilitators, providers, the Service's staff."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
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
