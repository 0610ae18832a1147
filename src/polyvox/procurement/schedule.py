"""Periodic work of the framework contract: cascade requests past their deadline move on, re-competitions
past theirs are opened (idempotent; `timezone.now()`)."""

PERIODIC = [("polyvox.procurement.tasks.advance_cascades", 60)]
