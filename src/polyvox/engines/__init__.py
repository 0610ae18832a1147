"""Decision engines: pure computation, no web, no database, no Django import.

- `polyvox.engines.sortition`: citizens' panels drawn by lot (LEXIMIN and others)
- `polyvox.engines.budgeting`: participatory-budget counting (greedy, Method of Equal Shares, Phragmén)
"""
