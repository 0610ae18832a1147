"""Hearing back: the consents given where people took part (each app's `listeners` contribution in the registry)
become a plan's listeners; a listener stops from the link of every e-mail; addresses are deleted when their
retention period (HEAR_BACK_KEPT_DAYS) ends. The follow-up's use cases (`services`) re-export these."""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction

from polyvox.core.hear_back import kept_days as hear_back_days
from polyvox.core.hear_back import language_of
from polyvox.followup import clocks
from polyvox.followup.models import Listener, Plan, StoppedListening


def gather(plan: Plan) -> int:
    """The people who ticked "tell me what becomes of this process" when they took part in the plan's initiative
    (voters, workshop participants, signatories: each app's `listeners` contribution) become its listeners, with
    the day they agreed, unless they stopped since. Idempotent; returns the number of new listeners."""
    from polyvox.core.registry import collect_flat

    known = set(plan.listeners.values_list("email", flat=True))
    stopped = set(plan.stopped.values_list("email_hash", flat=True))
    oldest = clocks.today() - timedelta(days=hear_back_days())
    added = 0
    for email, language, source, given_on in collect_flat("listeners", plan.initiative):
        email = (email or "").strip().lower()
        if not email or email in known or email_hash(email) in stopped or (given_on and given_on < oldest):
            continue
        try:
            with transaction.atomic():
                Listener.objects.create(plan=plan, email=email, language=language_of(language),
                                        source=str(source)[:40], consented_on=given_on or clocks.today())
        except IntegrityError:  # gathered at the same moment by another worker
            pass
        else:
            added += 1
        known.add(email)
    return added


def gather_all() -> int:
    """Every plan's listeners gathered (daily), so that a consent is taken up before the app erases its data."""
    return sum(gather(plan) for plan in Plan.objects.select_related("initiative"))


def stop(listener: Listener) -> Plan:
    """The person stops hearing back: their address is deleted, and a keyed hash of it keeps gathering from adding
    them again; their ratings stay, tied to no one."""
    plan = listener.plan
    with transaction.atomic():
        StoppedListening.objects.get_or_create(plan=plan, email_hash=email_hash(listener.email))
        listener.delete()
    return plan


def purge_hear_back(now=None) -> list[str]:
    """Listeners whose consent is older than the retention period are deleted (ratings stay, tied to no one), and
    the records of those who stopped once no consent they gave in the apps can still be gathered."""
    from django.utils import timezone

    today = timezone.localdate(now) if now else clocks.today()
    oldest = today - timedelta(days=hear_back_days())
    listeners, _detail = Listener.objects.filter(consented_on__lt=oldest).delete()
    stops, _detail = StoppedListening.objects.filter(stopped_on__lt=oldest).delete()
    return [f"follow-up: {listeners} listeners and {stops} stop records deleted"] if listeners or stops else []


def email_hash(email: str) -> str:
    from django.utils.crypto import salted_hmac

    return salted_hmac("polyvox.followup.stopped", email.strip().lower(), algorithm="sha256").hexdigest()
