"""Thin-handler services: routers call these, they never import heavy ML libraries eagerly."""
