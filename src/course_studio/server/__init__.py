"""The Course Studio server: REST API, sync endpoints, auth (FastAPI)."""
