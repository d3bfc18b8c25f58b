"""The clause library: one YAML file per clause (installed as laborclause.clauses)."""
