"""Figures measured once with the reference tool, `sortition-algorithms` 0.12.15 (PyPI), in `.venv-bench`.

Measured with `python benchmarks/sortition.py --reference-run candidates.csv features.csv 22 maximin`
(its `find_distribution_maximin`, highspy backend) on shared/data/sortition/sortition_algorithms_fixture,
panel size 22. Polyvox's LEXIMIN must give a minimum selection probability at least this high."""

FIXTURE_MAXIMIN_MIN_PROBABILITY = 0.09090909090908944  # = 2/22, measured in 19.7 s
