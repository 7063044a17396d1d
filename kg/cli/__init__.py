"""``python -m kg``: the command line (``main``) and the export command (``export``)."""
