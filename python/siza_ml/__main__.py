"""Entry point: `python -m siza_ml --port 8100`, run by the extension with PYTHONPATH set."""

import argparse
import logging
import sys

from .memory import reexec_with_allocator_env

if __name__ == "__main__":
    # Before the imports below (~0.5 s): the process starts over (same pid) with glibc's allocator
    # settings, which glibc reads only at start-up (memory.py).
    reexec_with_allocator_env()

import uvicorn
from uvicorn.config import LOG_LEVELS

from .app import create_app
from .config import Settings
from .services.vectors.pg.errors import DatabaseSetupError
from .serving import is_loopback, setup

log = logging.getLogger("siza_ml")


def main(argv: list[str] | None = None) -> None:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in and args_in[0] in ("serve", "token"):
        # The team server and its token admin (docs/team.md); everything below is the
        # extension's own loopback launch, unchanged.
        from .team.cli import main as team_main

        team_main(args_in)
        return
    settings = Settings()
    parser = argparse.ArgumentParser(prog="python -m siza_ml", description=__doc__)
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="interface to bind; a non-loopback one needs TLS and SIZA_ML_TOKEN",
    )
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--ssl-certfile", default=None, help="TLS certificate (PEM)")
    parser.add_argument("--ssl-keyfile", default=None, help="TLS private key (PEM)")
    parser.add_argument("--log-level", default=settings.log_level, choices=list(LOG_LEVELS))
    args = parser.parse_args(args_in)
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        parser.error("--ssl-certfile and --ssl-keyfile go together")
    if not is_loopback(args.host) and not (args.ssl_certfile and settings.token):
        # Refused, not only logged: the token and every request would cross the network in clear.
        parser.error(
            f"refusing to bind {args.host}, which is not loopback, without TLS and a token: "
            "pass --ssl-certfile and --ssl-keyfile and set SIZA_ML_TOKEN, or bind 127.0.0.1"
        )

    setup(args.log_level)
    if not is_loopback(args.host):
        log.warning("binding %s, which is not loopback, with TLS and a token", args.host)

    try:
        app = create_app(settings)
    except DatabaseSetupError as e:
        sys.exit(f"siza_ml: the team database is not usable: {e}")
    scheme = "https" if args.ssl_certfile else "http"
    app.state.address = f"{scheme}://{args.host}:{args.port}"
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=False,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        # Bounded so a stuck request cannot outlive the watchdog's grace period.
        timeout_graceful_shutdown=3,
    )


if __name__ == "__main__":
    main()
