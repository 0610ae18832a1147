"""Citizens' panels drawn by lot: exact LEXIMIN, maximin, Nash and the legacy greedy draw, on open solvers.

Pure Python (NumPy, HiGHS through highspy); no Django. Typical use::

    pool = read_pool_csv("people.csv", features=quotas.features)
    result = select_panel(pool, quotas, 45, seed="Lotto 2025-03-01")
    result.to_json()
"""

from .certificate import check_certificate
from .draw import draw_from_seed, lottery_digest, round_lottery, seed_index, verify_draw, Verification
from .infeasibility import diagnose_infeasible
from .io import check_pool_against_quotas, read_json, read_pool_csv, read_quotas_csv, write_json
from .models import (METHODS, InfeasibilityDiagnosis, InfeasibleQuotasError, InputError, Person, Pool,
                     Quota, QuotaChange, Quotas, RoundedLottery, SelectionResult, SortitionError,
                     StageCertificate, gini)
from .models import PHASES as PROGRESS_PHASES, Progress, ProgressCallback
from .replacement import Replacement, find_replacement
from .selection import apply_seed, select_panel, with_households

__all__ = [
    "PROGRESS_PHASES", "Progress", "ProgressCallback",
    "METHODS", "check_certificate", "InfeasibilityDiagnosis", "InfeasibleQuotasError", "InputError", "Person", "Pool", "Quota",
    "QuotaChange", "Quotas", "Replacement", "RoundedLottery", "SelectionResult", "SortitionError",
    "StageCertificate", "Verification", "apply_seed", "check_pool_against_quotas", "diagnose_infeasible",
    "draw_from_seed", "find_replacement", "gini", "lottery_digest", "read_json", "read_pool_csv",
    "read_quotas_csv", "round_lottery", "seed_index", "select_panel", "verify_draw", "with_households",
    "write_json",
]
