"""The library's web reader and JSON API (FastAPI + Jinja2, no external scripts)."""
