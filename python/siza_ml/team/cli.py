"""`python -m siza_ml serve` (the team server) and `python -m siza_ml token issue|revoke|list`."""

import argparse
import json
import sys

from ..config import Settings
from ..services.vectors.pg.errors import DatabaseSetupError
from ..serving import is_loopback, setup
from .tokens import SCOPES, TokenStore


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m siza_ml", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the team server (SIZA_ML_DATABASE_URL)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8100)
    serve.add_argument("--ssl-certfile", help="TLS certificate (PEM)")
    serve.add_argument("--ssl-keyfile", help="TLS private key (PEM)")
    serve.add_argument(
        "--behind-proxy",
        action="store_true",
        help="TLS ends at a reverse proxy; trust its X-Forwarded-* headers (needs --trusted-proxy)",
    )
    serve.add_argument(
        "--trusted-proxy", action="append", default=[], help="the proxy's address (repeatable)"
    )
    serve.add_argument(
        "--public-host",
        action="append",
        default=[],
        help="a host name clients use in their URL (repeatable; needed off loopback)",
    )
    serve.add_argument("--log-level", default="info")

    token = sub.add_parser("token", help="issue, revoke or list team tokens")
    tsub = token.add_subparsers(dest="action", required=True)
    issue = tsub.add_parser("issue", help="a new token, printed once")
    issue.add_argument("--user", required=True)
    issue.add_argument("--scope", action="append", choices=SCOPES, required=True)
    issue.add_argument(
        "--namespace",
        action="append",
        default=[],
        help="a namespace pattern it may read/write, e.g. 'github.com/team/*' (repeatable)",
    )
    revoke = tsub.add_parser("revoke", help="refused from the next request on")
    who = revoke.add_mutually_exclusive_group(required=True)
    who.add_argument("--id", type=int)
    who.add_argument("--user")
    tsub.add_parser("list", help="every token (never the secret)")
    return parser


def _check_bind(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        parser.error("--ssl-certfile and --ssl-keyfile go together")
    if args.behind_proxy and not args.trusted_proxy:
        parser.error(
            "--behind-proxy needs --trusted-proxy ADDRESS: whose forwarded headers to trust"
        )
    if is_loopback(args.host):
        return
    if not (args.ssl_certfile or args.behind_proxy):
        # Tokens and code would cross the network in clear.
        parser.error(
            f"refusing to bind {args.host}, which is not loopback, without TLS: pass "
            "--ssl-certfile and --ssl-keyfile, or --behind-proxy --trusted-proxy ADDRESS"
        )
    if not args.public_host:
        parser.error(f"binding {args.host} needs --public-host NAME (the host clients connect to)")


def _store(settings: Settings):
    from ..services.vectors.team import team_store

    if settings.database_url is None:
        raise DatabaseSetupError(
            "the team server keeps its index and tokens in a database: set SIZA_ML_DATABASE_URL"
        )
    store, _ = team_store(settings)
    store.open()
    return store


def _token(args: argparse.Namespace, settings: Settings) -> None:
    store = _store(settings)
    try:
        tokens = TokenStore(store.db)
        if args.action == "issue":
            token_id, secret = tokens.issue(args.user, args.scope, args.namespace)
            print(
                f"token {token_id} for {args.user}: scopes {', '.join(sorted(args.scope))}; "
                f"namespaces {', '.join(args.namespace) or '(none)'}. It is shown once:",
                file=sys.stderr,
            )
            print(secret)
        elif args.action == "revoke":
            count = tokens.revoke(args.id, args.user)
            print(f"revoked {count} token(s)", file=sys.stderr)
            if count == 0:
                sys.exit(1)
        else:
            for row in tokens.list():
                print(json.dumps(row, default=str))
    finally:
        store.close()


def _serve(args: argparse.Namespace, settings: Settings) -> None:
    import uvicorn

    from ..app import create_app

    setup(args.log_level)
    app = create_app(settings, team_hosts=args.public_host)
    scheme = "https" if args.ssl_certfile else "http"
    app.state.address = f"{scheme}://{args.host}:{args.port}"
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=False,  # team/auth.py logs each request with its user
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        proxy_headers=args.behind_proxy,
        forwarded_allow_ips=args.trusted_proxy if args.behind_proxy else None,
        timeout_graceful_shutdown=10,
    )


def main(argv: list[str]) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    settings = Settings()
    if args.command == "serve":
        _check_bind(parser, args)
    try:
        if args.command == "serve":
            _serve(args, settings)
        else:
            _token(args, settings)
    except (DatabaseSetupError, ValueError) as e:
        sys.exit(f"siza_ml: {e}")
