"""Participatory-budgeting counting engine (work in progress: see the modules)."""
