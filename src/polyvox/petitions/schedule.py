"""Periodic work of petitions: deadlines, the count's reconciliation, and the anonymisation after closing."""

PERIODIC = [
    ("polyvox.petitions.services.close_expired", 600),
    ("polyvox.petitions.services.reconcile", 3600),
    ("polyvox.petitions.services.anonymise_closed", 24 * 3600),
]
