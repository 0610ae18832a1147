"""Background tasks of participatory budgets (django-tasks): the count, the closing of due votes."""

from django_tasks import task

from polyvox.budgets import counting, workflow


@task()
def count_budget(budget_id: int) -> dict:
    """Count a budget's vote with its rule; progress on the budget row, results stored on it."""
    return counting.run_count(budget_id)


@task()
def close_due_votes() -> list:
    """Close the votes whose closing time has passed."""
    return workflow.close_due_votes()
