"""Periodic work of events: the reminder the day before."""

PERIODIC = [("polyvox.events.tasks.send_reminders", 900)]
