"""Document templates (installed as laborclause.templates)."""
