"""Periodic work of workshops: empty the live stream's log of workshops that ended a week ago."""

PERIODIC = [("polyvox.workshops.tasks.purge_event_logs", 3600)]
