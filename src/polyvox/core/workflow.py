"""One door for every state change: each app writes its transitions once, in its `workflow.py`, and moves
its objects only through `apply`.

    REVIEW = Workflow("budgets.Project", "review_state", [
        Transition("accept", ReviewState.SUBMITTED, ReviewState.ACCEPTED,
                   permission="budgets.review_project", guards=(has_cost,), label=_("accepted")),
    ])
    apply(project, "accept", by=request.user, message=reason)

A transition names the states it leaves and the one it reaches, the permission (a `rules` permission,
granted by roles) the acting person needs, and the guards: functions `guard(obj, step)` that return
nothing when the move may happen, or the reasons (translated strings) why not. An `effect(obj, step)`
changes what else the move changes (dates, counters), inside the same transaction.

`apply(obj, name, by=..., **data)` does, in one transaction: lock the object's row and re-read its state,
check the table, the permission and the guards, set the new state, run the effect, save, and write the
audit entry (`core.transitions.record`). `by` is a user, or `SYSTEM` for what the platform does by itself
(the task worker, the scheduler, the demo loaders); a move without `by` is a programming error.

Core imports no app: each app's workflow module registers its workflows here when it is imported
(`AppConfig.ready` imports it), and `apply` finds the workflow from the object's model.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from polyvox.core.messages import Msg
from polyvox.core.models import AuditEntry
from polyvox.core.transitions import TransitionNotAllowed, record

__all__ = ["SYSTEM", "Refused", "NotPermitted", "Step", "Transition", "Workflow", "TransitionNotAllowed",
           "apply", "workflow_for", "workflows"]


class _System:
    """The platform acting by itself; the audit entry shows no person."""

    is_authenticated = False
    pk = None

    def __repr__(self) -> str:
        return "SYSTEM"

    def __bool__(self) -> bool:
        return False


SYSTEM = _System()


class Refused(TransitionNotAllowed):
    """The table allows the move but a guard does not; `reasons` says why, in the reader's language."""

    def __init__(self, reasons: Iterable[str]):
        self.reasons = [str(reason) for reason in reasons if reason]
        super().__init__(" ".join(self.reasons))


class NotPermitted(Refused):
    """The acting person lacks the transition's permission (views answer 404 or 403 as the app decides)."""


@dataclass
class Step:
    """What a guard and an effect are given: who acts, which transition, and the data passed to `apply`."""

    by: Any
    transition: "Transition"
    data: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.__dict__["data"][name]
        except KeyError:
            raise AttributeError(name) from None


Guard = Callable[[Any, Step], "str | Iterable[str] | None"]


@dataclass(frozen=True)
class Transition:
    name: str
    source: "str | tuple[str, ...]"
    target: str
    permission: str = ""
    guards: tuple[Guard, ...] = ()
    effect: "Callable[[Any, Step], None] | None" = None
    save_fields: tuple[str, ...] = ()
    label: Any = ""

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.source,) if isinstance(self.source, str) else tuple(self.source)


_REGISTRY: dict[str, list["Workflow"]] = {}


class Workflow:
    """The transitions of one state field of one model, written once."""

    def __init__(self, model: str, field: str, transitions: Iterable[Transition], *, register: bool = True):
        self.model = model.lower()
        self.field = field
        self.transitions: dict[str, Transition] = {}
        for transition in transitions:
            if transition.name in self.transitions:
                raise ValueError(f"{model}.{field}: transition {transition.name!r} written twice")
            self.transitions[transition.name] = transition
        if register:  # a module imported twice (tests, reloads) replaces its own workflow
            existing = _REGISTRY.setdefault(self.model, [])
            existing[:] = [workflow for workflow in existing if workflow.field != field]
            existing.append(self)

    def __repr__(self) -> str:
        return f"Workflow({self.model}.{self.field}, {len(self.transitions)} transitions)"

    # The table, read as StateMachine read it ------------------------------------------------------------

    @property
    def table(self) -> dict[tuple[str, str], str]:
        return {(source, t.name): t.target for t in self.transitions.values() for source in t.sources}

    def state(self, obj) -> str:
        return getattr(obj, self.field)

    def can(self, obj, name: str) -> bool:
        transition = self.transitions.get(name)
        return transition is not None and self.state(obj) in transition.sources

    def allowed(self, obj) -> list[str]:
        """The transitions the table allows from obj's current state (permission and guards not asked)."""
        state = self.state(obj)
        return [name for name, t in self.transitions.items() if state in t.sources]

    def target(self, obj, name: str) -> str:
        if not self.can(obj, name):
            raise TransitionNotAllowed(
                _("“%(action)s” is not allowed from the state “%(state)s”.") % {"action": name, "state": self.state(obj)}
            )
        return self.transitions[name].target

    def transition(self, name: str) -> Transition:
        try:
            return self.transitions[name]
        except KeyError:
            raise TransitionNotAllowed(_("“%(action)s” is not a step of this workflow.") % {"action": name}) from None

    # What may happen, and why not ------------------------------------------------------------------------

    def permitted(self, obj, name: str, by) -> bool:
        transition = self.transition(name)
        if by is SYSTEM or not transition.permission:
            return by is not None
        return bool(getattr(by, "is_authenticated", False) and by.has_perm(transition.permission, obj))

    def blockers(self, obj, name: str, *, by=SYSTEM, **data) -> list[str]:
        """Why `name` cannot happen now (empty when it can): the table, the permission, then the guards."""
        if not self.can(obj, name):
            return [_("This step is not possible from the state “%(state)s”.") % {"state": _state_label(obj, self.field)}]
        if not self.permitted(obj, name, by):
            return [_("You may not do this.")]
        return self._guard_reasons(obj, Step(by, self.transitions[name], data))

    def available(self, obj, by) -> list[Transition]:
        """The transitions `by` may make now: the ones to offer as buttons."""
        return [self.transitions[name] for name in self.allowed(obj)
                if self.permitted(obj, name, by) and not self._guard_reasons(obj, Step(by, self.transitions[name], {}))]

    @staticmethod
    def _guard_reasons(obj, step: Step) -> list[str]:
        reasons: list[str] = []
        for guard in step.transition.guards:
            found = guard(obj, step)
            if not found:
                continue
            if isinstance(found, list | tuple | set) or inspect.isgenerator(found):
                reasons.extend(str(reason) for reason in found if reason)
            else:  # one reason: a string or a lazy translation
                reasons.append(str(found))
        return reasons

    # The one door --------------------------------------------------------------------------------------

    def apply(self, obj, name: str, *, by, message: "str | Msg" = "", save_fields: tuple[str, ...] = (),
              **data) -> AuditEntry:
        """Move obj by `name`: permission, guards, row lock, change and audit entry in one transaction.
        Raises TransitionNotAllowed (not in the table), NotPermitted or Refused (with its reasons)."""
        if by is None:
            raise TypeError("apply() needs by=<user> or by=SYSTEM")
        transition = self.transition(name)
        with transaction.atomic():
            if obj.pk:
                # Re-read the state under a row lock so that two concurrent moves cannot both pass the checks.
                locked = type(obj)._default_manager.select_for_update().only(self.field).get(pk=obj.pk)
                setattr(obj, self.field, getattr(locked, self.field))
            source = self.state(obj)
            self.target(obj, name)
            if not self.permitted(obj, name, by):
                raise NotPermitted([_("You may not do this.")])
            step = Step(by, transition, data)
            reasons = self._guard_reasons(obj, step)
            if reasons:
                raise Refused(reasons)
            setattr(obj, self.field, transition.target)
            if transition.effect is not None:
                transition.effect(obj, step)
            fields = [self.field, *transition.save_fields, *save_fields]
            obj.save(update_fields=list(dict.fromkeys(fields)) if obj.pk else None)
            return record(obj, name, actor=None if by is SYSTEM else by, from_state=source, to_state=transition.target,
                          message=message)


def _state_label(obj, field_name: str) -> str:
    display = getattr(obj, f"get_{field_name}_display", None)
    return str(display()) if callable(display) else str(getattr(obj, field_name))


def _model_label(obj) -> str:
    meta = type(obj)._meta
    concrete = meta.concrete_model._meta if meta.proxy else meta
    return concrete.label_lower


def workflows(model: "str | None" = None) -> list[Workflow]:
    """Every registered workflow (or those of one model, as "app.Model")."""
    if model is not None:
        return list(_REGISTRY.get(model.lower(), []))
    return [workflow for found in _REGISTRY.values() for workflow in found]


def workflow_for(obj, name: str) -> Workflow:
    """The workflow of obj's model that has the transition `name`."""
    found = [workflow for workflow in _REGISTRY.get(_model_label(obj), []) if name in workflow.transitions]
    if len(found) != 1:
        if not found:
            raise TransitionNotAllowed(_("“%(action)s” is not a step of this workflow.") % {"action": name})
        raise LookupError(f"{_model_label(obj)}: several workflows have a transition {name!r}; use the workflow's own apply")
    return found[0]


def apply(obj, name: str, *, by, message: "str | Msg" = "", save_fields: tuple[str, ...] = (), **data) -> AuditEntry:
    """`Workflow.apply` for the workflow of obj's model that has the transition `name`."""
    return workflow_for(obj, name).apply(obj, name, by=by, message=message, save_fields=save_fields, **data)
