"""Account pages: sign-up with e-mail confirmation, sign-in, profile, language preference, deletion."""

import json
import logging
from smtplib import SMTPException

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from polyvox.accounts import personal_data, second_factor, services
from polyvox.accounts.forms import (
    DeleteAccountForm, EmailAuthenticationForm, LocalisedPasswordResetForm, ProfileForm, ResendConfirmationForm,
    SecondFactorForm, SignUpForm,
)
from polyvox.accounts.throttling import throttle
from polyvox.accounts.tokens import InvalidToken

logger = logging.getLogger(__name__)


@require_http_methods(["GET", "POST"])
@throttle("signup", count="posts")
def signup(request):
    if request.user.is_authenticated:
        return redirect("accounts:profile")
    initial = {"preferred_language": (translation.get_language() or "fr")[:2]}
    form = SignUpForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.sign_up(
                email=data["email"], password=data["password1"], display_name=data["display_name"],
                language=data["preferred_language"], base_url=_base_url(request),
            )
        except (SMTPException, OSError):
            logger.exception("confirmation e-mail not sent")
            messages.warning(request, _("Your account is created, but the confirmation e-mail could not be sent just now. Ask for a new link in a few minutes."))
        request.session["signup_email"] = data["email"]
        return redirect("accounts:signup_done")
    return render(request, "accounts/signup.html", {"form": form})


def signup_done(request):
    return render(request, "accounts/signup_done.html", {"email": request.session.get("signup_email", "")})


def confirm(request, token):
    try:
        user = services.confirm_email(token)
    except InvalidToken:
        return render(request, "accounts/confirm_invalid.html", {"form": ResendConfirmationForm()}, status=400)
    messages.success(request, _("Your e-mail address is confirmed. You can now sign in."))
    with translation.override(user.preferred_language):
        login_url = reverse("accounts:login")
    return redirect(f"{login_url}?{urlencode({'email': user.email})}")


@require_http_methods(["GET", "POST"])
@throttle("password_reset", count="posts", targets=lambda request: [request.POST.get("email", "")[:254].strip()])
def resend(request):
    form = ResendConfirmationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.resend_confirmation(form.cleaned_data["email"], _base_url(request))
        messages.success(request, _("If this address has an account waiting for confirmation, a new link is on its way. Check your inbox and your spam folder."))
        return redirect("accounts:login")
    return render(request, "accounts/resend.html", {"form": form})


class LoginView(auth_views.LoginView):
    """Sign-in by e-mail; afterwards the site speaks the person's preferred language."""

    form_class = EmailAuthenticationForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_initial(self):
        initial = super().get_initial()
        if self.request.GET.get("email"):
            initial["username"] = self.request.GET["email"][:254]
        return initial

    def form_valid(self, form):
        super().form_valid(form)
        user = form.get_user()
        language = user.preferred_language
        response = redirect(translate_url(self.get_success_url(), language))
        if second_factor.requires_second_factor(user):
            # Signed in with the password only: the middleware keeps the account on this step until done.
            step = "accounts:second_factor" if second_factor.is_enrolled(user) else "accounts:second_factor_setup"
            with translation.override(language):
                response = redirect(f"{reverse(step)}?{urlencode({'next': translate_url(self.get_success_url(), language)})}")
        translation.activate(language)
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, max_age=365 * 24 * 3600, samesite="Lax")
        return response

    def get_success_url(self):
        url = self.get_redirect_url()
        if url:
            return url
        with translation.override(self.request.user.preferred_language):
            return reverse("core:home")


class LogoutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]

    def get_success_url(self):
        return reverse("core:home")


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    user = request.user
    form = ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        form.save()
        language = user.preferred_language
        with translation.override(language):
            messages.success(request, _("Your profile is saved."))
            url = reverse("accounts:profile")
        response = redirect(url)
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, max_age=365 * 24 * 3600, samesite="Lax")
        return response
    roles = user.roles.select_related("organisation").order_by("organisation__name", "role")
    return render(request, "accounts/profile.html", {
        "form": form, "roles": roles, "nav": "profile",
        "second_factor_enrolled": second_factor.is_enrolled(user),
        "recovery_codes_left": second_factor.recovery_codes_left(user),
    })


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user)
        messages.success(request, _("Your account and your personal data have been deleted."))
        return redirect("core:home")
    return render(request, "accounts/delete.html", {"form": form, "nav": "profile"})


@login_required
@require_http_methods(["GET", "POST"])
def my_data(request):
    """Everything the platform holds about the account holder: a page, and its JSON download (POST)."""
    if request.method == "POST":
        body = json.dumps(personal_data.export(request.user), ensure_ascii=False, indent=1, default=str)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="my-data-participation-brussels.json"'
        return response
    return render(request, "accounts/my_data.html", {"nav": "profile"})


@method_decorator(throttle("password_reset", count="posts",
                           targets=lambda request: [request.POST.get("email", "")[:254].strip()]), name="post")
class PasswordResetView(auth_views.PasswordResetView):
    form_class = LocalisedPasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"

    def get_success_url(self):
        messages.success(self.request, _("Your password has been changed."))
        return reverse("accounts:profile")


# --- second factor --------------------------------------------------------------------------------


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
@throttle("second_factor")
def second_factor_verify(request):
    """Sign-in, step 2: a code of the authenticator app, or one of the recovery codes."""
    next_url = _next_url(request)
    if not second_factor.is_enrolled(request.user):
        return redirect(f"{reverse('accounts:second_factor_setup')}?{urlencode({'next': next_url})}")
    if second_factor.is_verified(request):
        return redirect(next_url)
    form = SecondFactorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if second_factor.verify(request, form.cleaned_data["code"]):
            return redirect(next_url)
        form.add_error("code", _("This code is not valid. Type the code your app shows now, or one of your recovery codes."))
    return render(request, "accounts/second_factor_verify.html", {"form": form, "next": next_url},
                  status=400 if form.errors else 200)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
@throttle("second_factor")
def second_factor_setup(request):
    """Enrol an authenticator app (QR code or typed secret), confirm it with one code, get recovery codes once."""
    user = request.user
    next_url = _next_url(request)
    if second_factor.is_enrolled(user) and not second_factor.is_verified(request):
        return redirect(f"{reverse('accounts:second_factor')}?{urlencode({'next': request.get_full_path()})}")
    device = second_factor.pending_device(user)
    form = SecondFactorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = second_factor.confirm_enrolment(request, device, form.cleaned_data["code"])
        if codes is not None:
            return render(request, "accounts/second_factor_codes.html", {"codes": codes, "next": next_url})
        form.add_error("code", _("This code is not valid. Check that your phone's clock is right and type the code your app shows now."))
    qr = segno.make(device.config_url, error="m").svg_inline(
        scale=5, dark="#111", light="#fff", title=_("QR code to scan with your authenticator app"))
    return render(request, "accounts/second_factor_setup.html", {
        "form": form, "next": next_url, "qr": qr, "secret": second_factor.secret_of(device),
        "required": second_factor.requires_second_factor(user), "enrolled": second_factor.is_enrolled(user),
    }, status=400 if form.errors else 200)


@login_required
@never_cache
@require_POST
def recovery_codes(request):
    """New recovery codes (the old ones stop working), shown once."""
    if not second_factor.is_enrolled(request.user):
        return redirect("accounts:second_factor_setup")
    codes = second_factor.new_recovery_codes(request.user)
    return render(request, "accounts/second_factor_codes.html", {"codes": codes, "next": reverse("accounts:profile")})


def _next_url(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return reverse("core:home")


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")
