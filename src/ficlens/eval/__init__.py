"""Evaluation against the shared corpora (PDNC, LitBank)."""
