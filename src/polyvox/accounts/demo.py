"""Demo accounts (README lists them): staff, editors, a facilitator, a citizen; shared demo password.

Provider accounts are created by the procurement demo. Idempotent: run it twice, get the same accounts.

The accounts that sign in with a second factor (staff, editors) are enrolled with one documented TOTP secret,
DEMO_TOTP_SECRET (README: demo accounts): add it to any authenticator app, or print the current code with
`polyvox manage demo_totp`.
"""

import base64

from django.conf import settings

from polyvox.accounts import second_factor
from polyvox.accounts.models import User
from polyvox.organisations.models import Organisation, OrganisationKind, Role, RoleAssignment

# slug -> (name, kind): used only when the organisations demo has not created them already.
ORGANISATIONS = {
    "service-participation": ("Service de la Participation (perspective.brussels)", OrganisationKind.REGIONAL_ADMINISTRATION),
    "commune-anderlecht": ("Commune d'Anderlecht", OrganisationKind.MUNICIPALITY),
    "ville-de-bruxelles": ("Ville de Bruxelles", OrganisationKind.MUNICIPALITY),
    "bruxelles-environnement": ("Bruxelles Environnement", OrganisationKind.REGIONAL_ADMINISTRATION),
}

# e-mail, first name, last name, preferred language, staff?, [(organisation slug, role)]
# The demo's shared TOTP secret (base32), public on purpose like the demo password: never use it elsewhere.
DEMO_TOTP_SECRET = "OBXWY6LWN54C2ZDFNVXS2MTGMEWWWZLZ"
DEMO_TOTP_NAME = "demo authenticator"

ACCOUNTS = [
    ("staff@polyvox.example", "Sarah", "Lambert", "fr", True, [("service-participation", Role.STAFF)]),
    ("editor.anderlecht@polyvox.example", "Youssef", "El Amrani", "fr", False, [("commune-anderlecht", Role.EDITOR)]),
    ("editor.bruxelles@polyvox.example", "Pieter", "Vermeulen", "nl", False, [("ville-de-bruxelles", Role.EDITOR)]),
    ("editor.environnement@polyvox.example", "Claire", "Dubois", "fr", False, [("bruxelles-environnement", Role.EDITOR)]),
    ("facilitator@polyvox.example", "Lotte", "Peeters", "en", False, [("bruxelles-environnement", Role.FACILITATOR)]),
    ("citizen@polyvox.example", "Amina", "Benali", "fr", False, [("service-participation", Role.CITIZEN)]),
]


def load(out, options):
    organisations = {slug: _organisation(slug) for slug in ORGANISATIONS}
    for email, first, last, language, is_staff, roles in ACCOUNTS:
        user = User.objects.filter(email__iexact=email).first() or User(email=email)
        user.first_name, user.last_name = first, last
        user.display_name = f"{first} {last[0]}."
        user.preferred_language = language
        user.is_active = True
        user.email_confirmed = True
        user.is_staff = is_staff
        user.is_superuser = is_staff
        user.set_password(settings.DEMO_PASSWORD)
        user.save()
        for slug, role in roles:
            RoleAssignment.objects.get_or_create(user=user, organisation=organisations[slug], role=role)
    enrolled = [user for user in User.objects.filter(email__in=[a[0] for a in ACCOUNTS]) if second_factor.requires_second_factor(user)]
    for user in enrolled:
        enrol_demo_device(user)
    out.write(f"  demo accounts: {len(ACCOUNTS)}, every demo account's password: {settings.DEMO_PASSWORD}")
    out.write(f"  second factor of {len(enrolled)} of them: TOTP secret {DEMO_TOTP_SECRET} (`polyvox manage demo_totp` prints the code)")


def enrol_demo_device(user) -> None:
    """Give the account the demo's TOTP device (idempotent; replaces other authenticator devices)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    key = base64.b32decode(DEMO_TOTP_SECRET).hex()
    TOTPDevice.objects.filter(user=user).exclude(key=key, confirmed=True).delete()
    TOTPDevice.objects.get_or_create(user=user, key=key, confirmed=True, defaults={"name": DEMO_TOTP_NAME})


def _organisation(slug: str) -> Organisation:
    name, kind = ORGANISATIONS[slug]
    organisation, _created = Organisation.objects.get_or_create(slug=slug, defaults={"name": name, "kind": kind})
    return organisation
