"""Periodic work of follow-up: the clocks (due dates, overdue flags) and the owners' reminders, hourly."""

PERIODIC = [("polyvox.followup.tasks.keep_clocks", 3600)]
