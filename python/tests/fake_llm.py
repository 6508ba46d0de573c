"""A protocol-level test server: a real HTTP server on 127.0.0.1 that speaks the Ollama or OpenAI
chat protocol (plain or streamed: Ollama's NDJSON lines, OpenAI's server-sent events), records what
it was sent, and answers as scripted (text, an HTTP error, malformed JSON, too late, a slow stream).

The TypeScript tests run the same server as a process (`python fake_llm.py ollama|openai`): it
prints its URL, takes a script of replies at POST /_script and tells what happened at GET /_log."""

import json
import sys
import threading
from dataclasses import asdict, dataclass, field
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
    # A streamed reply comes in these pieces (default: the text in pieces of about 12 characters).
    chunks: list[str] | None = None
    chunk_delay_s: float = 0.0
    # What the last streamed line says: "stop", or "length" for a reply cut at max_tokens.
    finish_reason: str = "stop"


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: Any
    # For a streamed reply: pieces written, and whether the client went away before the end.
    chunks_sent: int = 0
    client_gone: bool = False
    finished: bool = False


@dataclass
class FakeLlm:
    protocol: Protocol
    reply: Reply = field(default_factory=Reply)
    # Answered in order, one per request; when empty, `reply` answers.
    replies: list[Reply] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._release = threading.Event()
        self._lock = threading.Lock()
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

    def stream_lines(self, reply: Reply) -> list[bytes]:
        """The protocol's streamed lines of a reply, its final line(s) included."""
        chunks = reply.chunks
        if chunks is None:
            chunks = [reply.text[i : i + 12] for i in range(0, len(reply.text), 12)]
        if self.protocol == "ollama":
            lines = [
                {"model": "fake", "message": {"role": "assistant", "content": c}, "done": False}
                for c in chunks
            ]
            last = {"model": "fake", "message": {"role": "assistant", "content": ""}}
            lines.append({**last, "done": True, "done_reason": reply.finish_reason})
            return [json.dumps(x).encode() + b"\n" for x in lines]
        events = [{"choices": [{"index": 0, "delta": {"content": c}}]} for c in chunks]
        events.append(
            {"choices": [{"index": 0, "delta": {}, "finish_reason": reply.finish_reason}]}
        )
        out = [b"data: " + json.dumps(e).encode() + b"\n\n" for e in events]
        return [*out, b"data: [DONE]\n\n"]

    def next_reply(self) -> Reply:
        with self._lock:
            return self.replies.pop(0) if self.replies else self.reply

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

            def _send(self, status: int, payload: bytes, content_type: str) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its timeout): expected in timeout tests

            def do_GET(self) -> None:
                if self.path == "/_log":
                    log = [asdict(r) for r in fake.requests]
                    self._send(200, json.dumps(log).encode(), "application/json")
                else:
                    self._send(404, b'{"error": "not found"}', "application/json")

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body: Any = json.loads(raw)
                except ValueError:
                    body = raw.decode("utf-8", "replace")
                if self.path == "/_script":
                    # in order; the last one then answers any further request
                    script = [Reply(**{**r, "raw": _bytes(r.get("raw"))}) for r in body]
                    with fake._lock:
                        fake.replies = script
                        fake.reply = script[-1] if script else Reply()
                    self._send(200, b"{}", "application/json")
                    return
                record = Recorded(self.path, dict(self.headers.items()), body)
                fake.requests.append(record)
                reply = fake.next_reply()
                if reply.delay_s:
                    fake._release.wait(reply.delay_s)
                if self.path != PATHS[fake.protocol]:
                    self._send(404, b'{"error": "not found"}', "application/json")
                elif reply.raw is not None or reply.status != 200:
                    self._send(
                        reply.status,
                        reply.raw if reply.raw is not None else b"{}",
                        "application/json",
                    )
                elif isinstance(body, dict) and body.get("stream"):
                    self._stream(record, reply)
                else:
                    payload = json.dumps(fake.envelope(reply.text)).encode()
                    self._send(reply.status, payload, "application/json")

            def _stream(self, record: Recorded, reply: Reply) -> None:
                # HTTP/1.0 without a length: the body ends when the connection closes.
                sse = fake.protocol == "openai"
                try:
                    self.send_response(200)
                    ctype = "text/event-stream" if sse else "application/x-ndjson"
                    self.send_header("Content-Type", ctype)
                    self.end_headers()
                    self.wfile.flush()
                    lines = fake.stream_lines(reply)
                    for i, line in enumerate(lines):
                        if i and reply.chunk_delay_s and fake._release.wait(reply.chunk_delay_s):
                            return
                        self.wfile.write(line)
                        self.wfile.flush()
                        record.chunks_sent += 1
                    record.finished = True
                except (BrokenPipeError, ConnectionResetError):
                    record.client_gone = True

        return Handler


def _bytes(text: str | None) -> bytes | None:
    return None if text is None else text.encode()


def main() -> None:
    """Serves until stdin closes (the test process that started it ended)."""
    fake = FakeLlm(sys.argv[1]).start()  # type: ignore[arg-type]
    print(json.dumps({"url": fake.url}), flush=True)
    sys.stdin.read()
    fake.stop()


if __name__ == "__main__":
    main()
