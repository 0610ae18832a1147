import pytest

from polyvox.core.models import AuditEntry
from polyvox.core.transitions import StateMachine, TransitionNotAllowed, history
from polyvox.organisations.models import Organisation

pytestmark = pytest.mark.django_db

# The organisation's kind stands in for a state field: the machine is generic.
MACHINE = StateMachine("kind", {("municipality", "merge"): "regional", ("regional", "split"): "municipality"})


def test_allowed_transition_moves_and_is_audited(django_user_model):
    actor = django_user_model.objects.create_user("a@example.org", "x")
    org = Organisation.objects.create(name="Commune", kind="municipality")
    entry = MACHINE.apply(org, "merge", actor=actor, message="why")
    org.refresh_from_db()
    assert org.kind == "regional"
    assert (entry.from_state, entry.to_state, entry.actor, entry.message) == ("municipality", "regional", actor, "why")
    assert list(history(org)) == [entry]


def test_transition_not_in_the_table_is_refused_and_changes_nothing():
    org = Organisation.objects.create(name="Commune", kind="municipality")
    with pytest.raises(TransitionNotAllowed):
        MACHINE.apply(org, "split")
    org.refresh_from_db()
    assert org.kind == "municipality"
    assert AuditEntry.objects.count() == 0
    assert MACHINE.allowed(org) == ["merge"]
