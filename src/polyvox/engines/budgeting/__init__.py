"""Participatory-budgeting counting engine: pabulib files in and out, greedy, MES, Phragmén, explanations.

Pure Python with NumPy; no Django. The public API:

    election = read_pabulib(path_or_text)        # Election: meta, projects, ballots (all vote types)
    text = write_pabulib(election)
    result = count(election, rule="mes", completion="add1", utilities="cost", comparison=False)
    result.selected, result.total_cost, result.to_json()
    explanation = explain(result)                # codes + numbers, and .to_text()

Every ballot is counted as it was cast. Rules (`rule`):

- ``greedy``: by votes (approval, choose-1), by total points (cumulative, scoring) or by the ordinal
  ballots' scores (the file's points column, else Borda); ``skip=False`` stops at the first project
  that does not fit; ``threshold`` a minimum score.
- ``mes`` (Method of Equal Shares): approval ballots with ``utilities`` ``cost`` (default) or
  ``approval``; cumulative, scoring and ordinal ballots with their points / scores as cardinal
  utilities (``points``, `rules/mes_cardinal.py`, as pabutools with `Additive_Cardinal_Sat`);
  ``completion`` ``none``, ``add1``, ``add1-exhaustive``, ``add1u``; ``comparison`` (approval only).
- ``phragmen``: sequential Phragmén (approval ballots only).
- ``auto``: the file's META `rule` and the META keys that change it (`rule_from_meta`); a rule that
  cannot be known raises `RuleNotUnderstood`, unless ``closest=True``.

A rule not defined for the ballot type raises `BallotTypeNotSupported` (`check_combination` tells
before any vote is cast). `check.check_file(path)` says whether the count reproduces a file's
`selected` column (`polyvox budget check`). Reading a file reports its quirks in
`election.warnings`; every number it gives is bounded (`pabulib.MAX_AMOUNT`, `MAX_POINTS`).

Exactness: greedy is exact (Fractions). MES and Phragmén run in floats but re-decide exactly, with
Fractions, every comparison whose float margin is within 1e-9 (relative), far above rounding error
(see `rules/mes.py`): no outcome depends on rounding.

Tie-breaking (deterministic, the same for every rule): projects tied on the rule's criterion
(votes, rho, load) are ordered by more votes, then lower cost, then project id in plain string
order (``tie_breaking=("votes", "cost", "id")``; ``"order"`` is the file order). The JSON shows the
order used. pabutools breaks ties by project id only (``tie_breaking=("id",)``).
"""

from .counting import BallotTypeNotSupported, CountResult, RuleNotUnderstood, check_combination, count, rule_from_meta
from .election import Ballot, Election, Project, ReadWarning
from .explain import Explanation, ProjectLine, Statement, explain, voter_account, voter_accounts
from .pabulib import PabulibError, read_pabulib, write_pabulib
from .rules.completion import ADD1_ROUND, PROGRESS_KINDS, CountProgress

__all__ = [
    "ADD1_ROUND",
    "CountProgress",
    "PROGRESS_KINDS",
    "Ballot",
    "BallotTypeNotSupported",
    "ReadWarning",
    "check_combination",
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
