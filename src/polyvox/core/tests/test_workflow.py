"""The one door for state changes (core.workflow): table, permission, guards, row lock, effect and audit entry
together, or nothing at all."""

import pytest
import rules

from polyvox.core.models import AuditEntry
from polyvox.core.transitions import history
from polyvox.core.workflow import SYSTEM, NotPermitted, Refused, Transition, TransitionNotAllowed, Workflow

pytestmark = pytest.mark.django_db

# A workflow over a plain field of the user model, so that the mechanism is tested without any app's rules.
rules.add_perm("core_test.switch_language", rules.predicates.is_authenticated & rules.predicate(lambda user, obj: obj == user))


def no_dutch_on_sunday(obj, step):
    return "closed on Sunday" if step.data.get("sunday") else None


def both_reasons(obj, step):
    return ["first reason", "second reason"] if step.data.get("twice") else []


def remember(obj, step):
    obj.display_name = f"moved by {step.by}"


LANGUAGES = Workflow(
    "accounts.User",
    "preferred_language",
    [
        Transition("to_dutch", "fr", "nl", permission="core_test.switch_language", guards=(no_dutch_on_sunday, both_reasons),
                   effect=remember, save_fields=("display_name",)),
        Transition("to_english", ("fr", "nl"), "en"),
    ],
    register=False,
)


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("someone@example.org", "pw", preferred_language="fr")


def test_a_permitted_move_changes_the_state_runs_the_effect_and_leaves_one_audit_entry(user):
    entry = LANGUAGES.apply(user, "to_dutch", by=user, message="because")
    user.refresh_from_db()
    assert user.preferred_language == "nl"
    assert user.display_name.startswith("moved by")
    assert (entry.action, entry.from_state, entry.to_state, entry.actor_id) == ("to_dutch", "fr", "nl", user.pk)
    assert list(history(user)) == [entry]


def test_someone_without_the_permission_changes_nothing(user, django_user_model):
    other = django_user_model.objects.create_user("other@example.org", "pw")
    with pytest.raises(NotPermitted):
        LANGUAGES.apply(user, "to_dutch", by=other)
    user.refresh_from_db()
    assert user.preferred_language == "fr"
    assert not AuditEntry.objects.exists()
    assert LANGUAGES.blockers(user, "to_dutch", by=other)


def test_a_guard_refuses_with_its_reasons_and_nothing_changes(user):
    with pytest.raises(Refused) as refused:
        LANGUAGES.apply(user, "to_dutch", by=user, sunday=True, twice=True)
    assert refused.value.reasons == ["closed on Sunday", "first reason", "second reason"]
    user.refresh_from_db()
    assert user.preferred_language == "fr" and user.display_name == ""
    assert not AuditEntry.objects.exists()


def test_the_table_is_read_from_the_stored_row_not_a_stale_copy(user, django_user_model):
    stale = django_user_model.objects.get(pk=user.pk)
    LANGUAGES.apply(user, "to_english", by=SYSTEM)
    with pytest.raises(TransitionNotAllowed):
        LANGUAGES.apply(stale, "to_dutch", by=user)  # the stored row is "en" now
    assert AuditEntry.objects.count() == 1


def test_the_system_acts_without_a_person_and_a_move_without_anyone_is_refused(user):
    with pytest.raises(TypeError):
        LANGUAGES.apply(user, "to_english", by=None)
    entry = LANGUAGES.apply(user, "to_english", by=SYSTEM)
    assert entry.actor_id is None


def test_unknown_steps_and_what_may_be_offered(user, django_user_model):
    with pytest.raises(TransitionNotAllowed):
        LANGUAGES.apply(user, "to_klingon", by=SYSTEM)
    assert {t.name for t in LANGUAGES.available(user, user)} == {"to_dutch", "to_english"}
    other = django_user_model.objects.create_user("other@example.org", "pw")
    assert [t.name for t in LANGUAGES.available(user, other)] == ["to_english"]
    assert LANGUAGES.table == {("fr", "to_dutch"): "nl", ("fr", "to_english"): "en", ("nl", "to_english"): "en"}


def test_a_transition_written_twice_is_a_programming_error():
    with pytest.raises(ValueError):
        Workflow("accounts.User", "preferred_language", [Transition("a", "fr", "nl"), Transition("a", "nl", "fr")], register=False)
