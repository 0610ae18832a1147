"""Periodic work of the panels: volunteers' personal data deleted a set time after their panel ended."""

PERIODIC = [("polyvox.panels.tasks.purge_expired_personal_data", 3600)]
