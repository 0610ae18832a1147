"""Periodic work of participatory budgets: close each vote when its closing time comes."""

PERIODIC = [("polyvox.budgets.tasks.close_due_votes", 60)]
