import html
import io
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail, signing
from django.db.models import ProtectedError
from django.utils import timezone

from polyvox.accounts import demo, services
from polyvox.accounts.models import User
from polyvox.accounts.tokens import SALT, make_confirmation_token
from polyvox.organisations.models import Organisation, RoleAssignment
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db
PASSWORD = "Un-long-mot-de-passe-2026"


def sign_up(client, lang="fr", email="lea@example.org", language="fr", **changes):
    data = {"email": email, "display_name": "Léa", "preferred_language": language, "password1": PASSWORD, "password2": PASSWORD}
    data.update(changes)
    return client.post(f"/{lang}/accounts/signup/", data)


def link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0)


def confirmed_user(email="ana@example.org", language="fr", **extra):
    return User.objects.create_user(email=email, password=PASSWORD, preferred_language=language, is_active=True, email_confirmed=True, **extra)


def test_sign_up_email_confirm_then_sign_in(client):
    response = sign_up(client, lang="nl", language="nl")
    assert response.status_code == 302 and response["Location"] == "/nl/accounts/signup/done/"
    user = User.objects.get(email="lea@example.org")
    assert not user.is_active and not user.email_confirmed
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lea@example.org"]
    assert "Bevestig uw e-mailadres" in message.subject  # written in the person's language
    link = link_in(message)
    assert "/nl/accounts/confirm/" in link

    # not confirmed yet: signing in says why
    refused = client.post("/nl/accounts/login/", {"username": "lea@example.org", "password": PASSWORD})
    assert "nog niet bevestigd" in refused.content.decode()

    confirmed = client.get(link.replace("http://testserver", ""), follow=True)
    assert "Uw e-mailadres is bevestigd" in confirmed.content.decode()
    user.refresh_from_db()
    assert user.is_active and user.email_confirmed

    signed_in = client.post("/nl/accounts/login/", {"username": "LEA@example.org", "password": PASSWORD})
    assert signed_in.status_code == 302 and signed_in["Location"] == "/nl/"
    assert client.get("/nl/accounts/profile/").status_code == 200


def test_a_bad_or_expired_token_is_refused_and_offers_a_new_link(client):
    sign_up(client)
    user = User.objects.get(email="lea@example.org")
    token = make_confirmation_token(user)
    response = client.get(f"/fr/accounts/confirm/{token[:-3]}xyz/")
    assert response.status_code == 400
    assert "Ce lien ne fonctionne pas" in response.content.decode()
    old = signing.dumps({"u": user.pk, "e": user.email}, salt=SALT, compress=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(signing.time, "time", lambda: 9e9)
        assert client.get(f"/fr/accounts/confirm/{old}/").status_code == 400
    user.refresh_from_db()
    assert not user.is_active


def test_resend_sends_a_new_link_only_to_unconfirmed_accounts(client):
    sign_up(client)
    confirmed_user()
    mail.outbox.clear()
    client.post("/fr/accounts/confirm/resend/", {"email": "lea@example.org"})
    client.post("/fr/accounts/confirm/resend/", {"email": "ana@example.org"})
    client.post("/fr/accounts/confirm/resend/", {"email": "nobody@example.org"})
    assert [m.to for m in mail.outbox] == [["lea@example.org"]]


def test_signing_up_twice_creates_nothing_and_warns_the_owner(client):
    confirmed_user(email="ana@example.org")
    mail.outbox.clear()
    response = sign_up(client, email="Ana@Example.org")
    assert response.status_code == 302  # same answer as for a new address
    assert User.objects.filter(email__iexact="ana@example.org").count() == 1
    assert "already" not in mail.outbox[0].body and "/fr/accounts/password/reset/" in mail.outbox[0].body


def test_sign_up_errors_keep_input_and_are_translated(client):
    response = sign_up(client, lang="nl", email="lea@example.org", password2="other", display_name="Léa <i>x</i>")
    html = response.content.decode()
    assert response.status_code == 200
    assert "De twee wachtwoorden verschillen." in html
    assert 'value="lea@example.org"' in html and "Léa &lt;i&gt;x&lt;/i&gt;" in html
    weak = sign_up(client, password1="12345678", password2="12345678").content.decode()
    assert "Ce mot de passe" in weak  # Django's French password-validation messages
    assert not User.objects.exists()


def test_sign_in_redirects_to_the_preferred_language_and_remembers_it(client):
    confirmed_user(language="nl")
    response = client.post("/fr/accounts/login/?next=/fr/search/%3Fq%3Dbudget", {"username": "ana@example.org", "password": PASSWORD, "next": "/fr/search/?q=budget"})
    assert response.status_code == 302
    assert response["Location"] == "/nl/search/?q=budget"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "nl"
    # next visit of the bare address opens in Dutch
    assert client.get("/")["Location"] == "/nl/"


def test_sign_in_refuses_a_foreign_next(client):
    confirmed_user()
    response = client.post("/fr/accounts/login/", {"username": "ana@example.org", "password": PASSWORD, "next": "https://evil.example/"})
    assert response["Location"] == "/fr/"


def test_wrong_password_is_a_translated_error(client):
    confirmed_user()
    html = client.post("/fr/accounts/login/", {"username": "ana@example.org", "password": "nope"}).content.decode()
    assert "L&#x27;adresse e-mail ou le mot de passe est incorrect." in html


def test_sign_out_is_a_post(client):
    sign_in(client, confirmed_user())
    assert client.get("/fr/accounts/logout/").status_code == 405
    response = client.post("/fr/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_flow_in_the_persons_language(client):
    confirmed_user(language="nl")
    response = client.post("/fr/accounts/password/reset/", {"email": "ana@example.org"})
    assert response["Location"] == "/fr/accounts/password/reset/sent/"
    message = mail.outbox[0]
    assert "Een nieuw wachtwoord kiezen" in message.subject
    link = link_in(message).replace("http://testserver", "")
    assert link.startswith("/nl/accounts/password/reset/")
    form = client.get(link, follow=True)
    assert form.status_code == 200 and "new_password1" in form.content.decode()
    done = client.post(form.redirect_chain[-1][0], {"new_password1": "Nouveau-secret-4242", "new_password2": "Nouveau-secret-4242"})
    assert done["Location"].endswith("/accounts/password/reset/complete/")
    assert client.login(username="ana@example.org", password="Nouveau-secret-4242")


def test_password_reset_tells_nothing_about_unknown_addresses(client):
    response = client.post("/fr/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302 and not mail.outbox


def test_profile_edits_details_shows_roles_and_switches_language(client):
    user = confirmed_user()
    organisation = Organisation.objects.create(slug="commune-anderlecht", name="Commune d'Anderlecht", kind="municipality")
    RoleAssignment.objects.create(user=user, organisation=organisation, role="editor")
    sign_in(client, user)
    html = client.get("/fr/accounts/profile/").content.decode()
    assert "Mes rôles" in html and "Commune d&#x27;Anderlecht" in html and "éditeur de l&#x27;organisation" in html
    response = client.post("/fr/accounts/profile/", {"display_name": "Ana P.", "first_name": "Ana", "last_name": "Peeters", "preferred_language": "en"})
    assert response["Location"] == "/en/accounts/profile/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    user.refresh_from_db()
    assert user.preferred_language == "en" and user.public_name == "Ana P."
    assert client.get("/en/accounts/profile/").status_code == 200


def test_profile_needs_signing_in(client):
    response = client.get("/nl/accounts/profile/")
    assert response.status_code == 302 and response["Location"].startswith("/nl/accounts/login/")


def test_deleting_the_account_needs_the_password_and_removes_personal_data(client):
    user = confirmed_user(first_name="Ana", last_name="Peeters")
    organisation = Organisation.objects.create(slug="o", name="O", kind="collective")
    RoleAssignment.objects.create(user=user, organisation=organisation, role="citizen")
    sign_in(client, user)
    refused = client.post("/fr/accounts/profile/delete/", {"password": "wrong"})
    assert "Ce n&#x27;est pas votre mot de passe." in refused.content.decode()
    assert User.objects.filter(pk=user.pk).exists()
    response = client.post("/fr/accounts/profile/delete/", {"password": PASSWORD}, follow=True)
    assert "Votre compte et vos données personnelles ont été supprimés." in response.content.decode()
    assert not User.objects.filter(email="ana@example.org").exists()
    assert not RoleAssignment.objects.exists()
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_content_written_elsewhere_stays_without_its_author(client):
    from polyvox.core.tests import factories

    user = confirmed_user()
    initiative = factories.initiative("Budget participatif", created_by=user)
    services.delete_account(user)
    initiative.refresh_from_db()
    assert initiative.created_by is None


def test_an_account_that_must_stay_referenced_is_emptied_instead(monkeypatch):
    user = confirmed_user(first_name="Ana", last_name="Peeters", display_name="Ana P.", is_staff=True)

    def protected(*args, **kwargs):
        raise ProtectedError("kept by a workshop", set())

    monkeypatch.setattr(User, "delete", protected)
    services.delete_account(user)
    user.refresh_from_db()
    assert user.email == f"deleted-{user.pk}@deleted.invalid"
    assert (user.first_name, user.last_name, user.display_name) == ("", "", "")
    assert not user.is_active and not user.is_staff and not user.has_usable_password()


def test_unconfirmed_sign_ups_are_removed_after_a_week(client):
    sign_up(client)
    sign_up(client, email="recent@example.org")
    User.objects.filter(email="lea@example.org").update(date_joined=timezone.now() - timedelta(days=8))
    confirmed_user(email="old@example.org")
    User.objects.filter(email="old@example.org").update(date_joined=timezone.now() - timedelta(days=800))
    assert services.delete_unconfirmed_accounts() == 1
    assert set(User.objects.values_list("email", flat=True)) == {"recent@example.org", "old@example.org"}


def test_demo_accounts_are_created_once_with_their_roles():
    demo.load(io.StringIO(), {})
    demo.load(io.StringIO(), {})
    assert User.objects.count() == 6
    staff = User.objects.get(email="staff@polyvox.example")
    assert staff.is_staff and staff.is_superuser and staff.email_confirmed and staff.check_password(settings.DEMO_PASSWORD)
    assert staff.roles.get().organisation.slug == "service-participation"
    assert User.objects.get(email="editor.bruxelles@polyvox.example").preferred_language == "nl"
    roles = set(RoleAssignment.objects.values_list("user__email", "organisation__slug", "role"))
    assert ("editor.anderlecht@polyvox.example", "commune-anderlecht", "editor") in roles
    assert ("editor.environnement@polyvox.example", "bruxelles-environnement", "editor") in roles
    assert ("facilitator@polyvox.example", "bruxelles-environnement", "facilitator") in roles
    assert any(email == "citizen@polyvox.example" and role == "citizen" for email, _slug, role in roles)
    assert RoleAssignment.objects.count() == 6
    assert all(user.email_confirmed and user.is_active for user in User.objects.all())


def test_a_mail_failure_at_sign_up_keeps_the_account_and_says_so(client, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("smtp down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken)
    response = sign_up(client, lang="fr")
    assert response.status_code == 302
    assert User.objects.filter(email="lea@example.org", is_active=False).exists()
    page = html.unescape(client.get(response["Location"]).content.decode())
    assert "l'e-mail de confirmation n'a pas pu être envoyé" in page
