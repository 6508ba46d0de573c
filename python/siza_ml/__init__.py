"""siza_ml: the local ML sidecar of the Siza Gen VS Code extension."""

__version__ = "0.1.0"
