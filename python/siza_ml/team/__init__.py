"""The team server (`python -m siza_ml serve`, docs/team.md): per-user tokens with scopes, kept
hashed in the team database, checked on every request; the extension's loopback mode never uses it.

tokens.py  issue, revoke, list and look up tokens (siza_tokens)
access.py  which scope and which namespaces a request needs
auth.py    the middleware: token, scope, namespaces, rate limit, one access line per request
cli.py     `serve` (bind rules: TLS or a declared proxy off loopback) and `token issue|revoke|list`
"""
