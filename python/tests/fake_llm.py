"""A real HTTP server on 127.0.0.1 that speaks the Ollama or OpenAI chat protocol, records what
it was sent, and answers as scripted (text, an HTTP error, malformed JSON, or too late)."""

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

Protocol = Literal["ollama", "openai"]
PATHS = {"ollama": "/api/chat", "openai": "/v1/chat/completions"}


@dataclass
class Reply:
    text: str = ""
    status: int = 200
    # Sent as-is instead of the protocol's JSON envelope (malformed JSON, missing fields).
    raw: bytes | None = None
    delay_s: float = 0.0


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class FakeLlm:
    protocol: Protocol
    reply: Reply = field(default_factory=Reply)
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        # A short poll interval keeps shutdown() quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def envelope(self, text: str) -> dict[str, Any]:
        if self.protocol == "ollama":
            return {
                "model": "fake",
                "message": {"role": "assistant", "content": text},
                "done": True,
            }
        return {
            "id": "x",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}}],
        }

    def start(self) -> "FakeLlm":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()  # ends any delayed reply now
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep pytest output clean

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body: Any = json.loads(raw)
                except ValueError:
                    body = raw
                fake.requests.append(Recorded(self.path, dict(self.headers.items()), body))
                reply = fake.reply
                if reply.delay_s:
                    fake._release.wait(reply.delay_s)
                if self.path != PATHS[fake.protocol]:
                    status, payload = 404, b'{"error": "not found"}'
                elif reply.raw is not None:
                    status, payload = reply.status, reply.raw
                else:
                    status, payload = reply.status, json.dumps(fake.envelope(reply.text)).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its timeout): expected in timeout tests

        return Handler
