"""Participatory-budgeting counting engine: pabulib files in and out, greedy, MES, Phragmén, explanations.

Pure Python with NumPy; no Django. The public API:

    election = read_pabulib(path_or_text)        # Election: meta, projects, ballots (all vote types)
    text = write_pabulib(election)
    result = count(election, rule="mes", completion="add1", utilities="cost", comparison=False)
    result.selected, result.total_cost, result.to_json()
    explanation = explain(result)                # codes + numbers, and .to_text()

Rules (`rule`): ``greedy`` (by votes, or by score for cumulative / scoring / ordinal-Borda ballots;
``skip=False`` stops at the first project that does not fit; ``threshold`` a minimum score),
``mes`` (Method of Equal Shares, ``utilities`` ``cost`` or ``approval``; ``completion`` ``none``,
``add1``, ``add1-exhaustive``, ``add1u``; ``comparison``), ``phragmen`` (sequential Phragmén), and
``auto`` (the file's META `rule`; `RuleNotUnderstood` when it is `unknown` or not understood). MES
and Phragmén read every ballot as the set of projects it supports (approved, ranked, or given
points).

Exactness: greedy is exact (Fractions). MES and Phragmén run in floats but re-decide exactly, with
Fractions, every comparison whose float margin is within 1e-9 (relative), far above rounding error
(see `rules/mes.py`): no outcome depends on rounding.

Tie-breaking (deterministic, the same for every rule): projects tied on the rule's criterion
(votes, rho, load) are ordered by more votes, then lower cost, then project id in plain string
order (``tie_breaking=("votes", "cost", "id")``; ``"order"`` is the file order). The JSON shows the
order used. pabutools breaks ties by project id only (``tie_breaking=("id",)``).
"""

from .counting import CountResult, RuleNotUnderstood, count, rule_from_meta
from .election import Ballot, Election, Project
from .explain import Explanation, ProjectLine, Statement, explain, voter_account, voter_accounts
from .pabulib import PabulibError, read_pabulib, write_pabulib

__all__ = [
    "Ballot",
    "CountResult",
    "Election",
    "Explanation",
    "PabulibError",
    "Project",
    "ProjectLine",
    "RuleNotUnderstood",
    "Statement",
    "count",
    "explain",
    "read_pabulib",
    "rule_from_meta",
    "voter_account",
    "voter_accounts",
    "write_pabulib",
]
