"""What both entry points share: the loopback test, logging to stderr, a clean exit on signals."""

import ipaddress
import logging
import signal
import sys
from types import FrameType

from uvicorn.config import LOG_LEVELS


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _exit_cleanly(signum: int, frame: FrameType | None) -> None:
    # uvicorn re-raises the captured signal after its graceful shutdown; that must mean exit 0.
    raise SystemExit(0)


def setup(log_level: str) -> None:
    """stderr logging (the extension pipes it into its log channel) and exit 0 on TERM/INT."""
    logging.basicConfig(
        stream=sys.stderr,
        level=LOG_LEVELS[log_level],
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _exit_cleanly)
