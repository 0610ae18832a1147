"""Generic questionnaires (questions, scales, skip logic, FR/NL/EN texts, anonymous answers by code); the
API other apps use is `polyvox.questionnaires.services` (its docstring) and the workflow `LIFE`."""
