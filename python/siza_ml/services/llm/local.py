"""A causal LM run in-process with transformers (a GGUF file or a model folder): lazy load and
generation in the CPU workers, one generation at a time, bounded by the caller's deadline."""

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from ..workers import CpuWorkers
from .base import LlmError, LlmProvider, LlmTimeout, Message, Piece

log = logging.getLogger("siza_ml.llm")

# Prompts are built small; this stops a pathological one from stalling the CPU for minutes.
MAX_INPUT_TOKENS = 4096


def _log_failure(task: "asyncio.Future[Any]") -> None:
    # Retrieved even when every waiter gave up, so a failure is logged once instead of lost.
    if not task.cancelled() and task.exception() is not None:
        log.warning("local LLM job failed: %s", task.exception())


class LocalProvider(LlmProvider):
    name = "local"

    def __init__(
        self,
        folder: Path,
        gguf_file: str | None,
        workers: CpuWorkers,
        *,
        torch_threads: int | None = None,
        on_loaded: Callable[[bool], None] | None = None,
        adapter: Path | None = None,
    ) -> None:
        self.folder = folder
        self.gguf_file = gguf_file
        self.adapter = adapter
        self.model_id = (gguf_file or folder.name) + (f"+adapter:{adapter.name}" if adapter else "")
        self._workers = workers
        self._torch_threads = torch_threads
        self._on_loaded = on_loaded
        self._load_lock = threading.Lock()
        self._generate_lock = threading.Lock()
        self._load_task: asyncio.Future[None] | None = None
        self._model: Any = None
        self._tokenizer: Any = None

    def _load_sync(self) -> None:
        with self._load_lock:
            if self._model is not None:
                return
            started = time.monotonic()
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            if self._torch_threads:
                torch.set_num_threads(self._torch_threads)
            kwargs: dict[str, Any] = {"local_files_only": True}
            if self.gguf_file:
                kwargs["gguf_file"] = self.gguf_file
            tokenizer = AutoTokenizer.from_pretrained(self.folder, **kwargs)
            model = AutoModelForCausalLM.from_pretrained(self.folder, **kwargs)
            if self.adapter is not None:
                from peft import PeftModel

                # Merged into the weights: generation then costs what the base model's does.
                model = PeftModel.from_pretrained(model, self.adapter).merge_and_unload()
            model.eval()
            self._tokenizer, self._model = tokenizer, model
            log.info("local LLM %s loaded in %.1f s", self.model_id, time.monotonic() - started)
        if self._on_loaded:
            self._on_loaded(True)

    def _generate_sync(
        self,
        messages: list[Message],
        max_tokens: int,
        temperature: float,
        deadline: float,
        on_text: Callable[[str], None] | None = None,
        stop: threading.Event | None = None,
    ) -> str:
        # The deadline bounds the wait for a busy model too, so a queue cannot build up.
        if not self._generate_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise LlmTimeout("the local model is busy with another request")
        try:
            import torch

            tok = self._tokenizer
            inputs = tok.apply_chat_template(
                messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
            )
            n_input = int(inputs["input_ids"].shape[1])
            if n_input > MAX_INPUT_TOKENS:
                raise LlmError(f"prompt of {n_input} tokens exceeds {MAX_INPUT_TOKENS}")
            options: dict[str, Any] = {
                "max_new_tokens": max_tokens,
                # transformers stops generating at this many seconds: the deadline, enforced.
                "max_time": max(0.1, deadline - time.monotonic()),
                "pad_token_id": tok.pad_token_id
                if tok.pad_token_id is not None
                else tok.eos_token_id,
            }
            if temperature > 0:
                options.update(do_sample=True, temperature=temperature, top_p=0.9)
            else:
                options.update(do_sample=False)
            if on_text is not None:
                options["streamer"] = _text_streamer(tok, on_text)
            if stop is not None:
                # a reader that went away (Cancel) ends generation at the next token
                options["stopping_criteria"] = _stop_when(stop)
            with torch.inference_mode():
                output = self._model.generate(**inputs, **options)
            return tok.decode(output[0, n_input:], skip_special_tokens=True).strip()
        finally:
            self._generate_lock.release()

    def _start_load(self) -> asyncio.Future[None]:
        if self._load_task is None:
            task = asyncio.ensure_future(self._workers.run(self._load_sync))
            task.add_done_callback(_log_failure)
            self._load_task = task
        return self._load_task

    async def _loaded_within(self, timeout_s: float) -> float:
        """Waits for the model within the budget; the seconds left to generate (else LlmError)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        try:
            # shield: a request that gives up must not cancel the load other requests wait for.
            await asyncio.wait_for(asyncio.shield(self._start_load()), timeout_s)
        except asyncio.TimeoutError as exc:
            raise LlmTimeout("the local model is still loading; try again shortly") from exc
        except LlmError:
            raise
        except Exception as exc:
            raise LlmError(f"the local model failed to load: {type(exc).__name__}: {exc}") from exc
        remaining = deadline - loop.time()
        if remaining <= 0.1:
            raise LlmTimeout(f"no time left to generate within {timeout_s:g} s")
        return remaining

    async def chat(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout_s: float
    ) -> str:
        remaining = await self._loaded_within(timeout_s)
        job = asyncio.ensure_future(
            self._workers.run(
                self._generate_sync, messages, max_tokens, temperature, time.monotonic() + remaining
            )
        )
        job.add_done_callback(_log_failure)
        try:
            # max_time ends generation at the deadline; the margin covers decoding the output.
            return await asyncio.wait_for(asyncio.shield(job), remaining + 2.0)
        except asyncio.TimeoutError as exc:
            raise LlmTimeout(f"the local model did not answer within {timeout_s:g} s") from exc
        except LlmError:
            raise
        except Exception as exc:
            raise LlmError(f"local generation failed: {type(exc).__name__}: {exc}") from exc

    async def chat_stream(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout_s: float
    ) -> AsyncIterator[Piece]:
        """Text as transformers decodes it (a TextStreamer in the worker thread, handed over
        through the event loop); leaving early stops generation at the next token."""
        loop = asyncio.get_running_loop()
        remaining = await self._loaded_within(timeout_s)
        queue: asyncio.Queue[str | None] = asyncio.Queue()
        stop = threading.Event()

        def on_text(text: str) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, text)

        job = asyncio.ensure_future(
            self._workers.run(
                self._generate_sync,
                messages,
                max_tokens,
                temperature,
                time.monotonic() + remaining,
                on_text,
                stop,
            )
        )
        job.add_done_callback(_log_failure)
        job.add_done_callback(lambda _: loop.call_soon_threadsafe(queue.put_nowait, None))
        try:
            while (text := await asyncio.wait_for(queue.get(), remaining + 2.0)) is not None:
                if text:
                    yield Piece(text=text)
            await job  # its error, if generation failed
        except asyncio.TimeoutError as exc:
            raise LlmTimeout(f"the local model did not answer within {timeout_s:g} s") from exc
        except LlmError:
            raise
        except Exception as exc:
            raise LlmError(f"local generation failed: {type(exc).__name__}: {exc}") from exc
        finally:
            stop.set()
        yield Piece(done=True)


def _text_streamer(tokenizer: Any, on_text: Callable[[str], None]) -> Any:
    """transformers' TextStreamer, its printing turned into a callback (the prompt left out)."""
    from transformers import TextStreamer

    class Streamer(TextStreamer):
        def on_finalized_text(self, text: str, stream_end: bool = False) -> None:
            on_text(text)

    return Streamer(tokenizer, skip_prompt=True, skip_special_tokens=True)


def _stop_when(stop: threading.Event) -> Any:
    from transformers import StoppingCriteria, StoppingCriteriaList

    class Stop(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            import torch

            return torch.full((input_ids.shape[0],), stop.is_set(), dtype=torch.bool)

    return StoppingCriteriaList([Stop()])
