"""The training loop of one job, run in the job's own thread: LoRA (PEFT) on the base model, AdamW
on the adapter's parameters only, loss on the completion tokens, eval loss on the held-out split,
cooperative cancel between steps, the adapter saved atomically with its metrics.json."""

import json
import math
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...schemas.train import AdapterMetrics, EvalPoint, LossPoint
from . import data
from .errors import TrainError
from .jobs import JobRecord, utc_now
from .models import BaseChoice, load_base

# Curves keep at most about this many points (each the mean of the steps since the last).
MAX_CURVE_POINTS = 500
# Evaluations per run when eval_every is not given (plus the one before the first step).
AUTO_EVALS = 5
# Gradients are clipped to this norm: one odd batch must not wreck a small adapter.
MAX_GRAD_NORM = 1.0
METRICS_FILE = "metrics.json"


class Cancelled(Exception):
    """The job's cancel flag was seen between two steps."""


class LiveJob:
    """The running job's record: written by its thread, read by requests, under one lock."""

    def __init__(self, record: JobRecord) -> None:
        self._record = record
        self._lock = threading.Lock()
        self.cancel = threading.Event()

    @property
    def id(self) -> str:
        return self._record.id

    def snapshot(self) -> JobRecord:
        with self._lock:
            return self._record.model_copy(deep=True)

    def change(self, fn: Callable[[JobRecord], None]) -> None:
        with self._lock:
            fn(self._record)


@dataclass
class RunContext:
    job: LiveJob
    base: BaseChoice
    train: list[data.Example]
    held_out: list[data.Example]
    adapters_dir: Path
    # Called after every change worth keeping; the service decides when to write jobs.json.
    persist: Callable[[bool], None]


def _check_cancel(ctx: RunContext) -> None:
    if ctx.job.cancel.is_set():
        raise Cancelled


def _evaluate(model: Any, batches: list[list[data.Encoded]], pad_id: int, ctx: RunContext) -> float:
    """Mean loss per completion token over the held-out split (dropout off, no gradients)."""
    import torch

    model.eval()
    total, tokens = 0.0, 0
    with torch.inference_mode():
        for batch in batches:
            _check_cancel(ctx)
            inputs = data.collate(batch, pad_id)
            # transformers averages over the labelled tokens this batch predicts (shifted by one).
            n = int((inputs["labels"][:, 1:] != data.IGNORE).sum())
            total += float(model(**inputs).loss) * n
            tokens += n
    model.train()
    return total / max(1, tokens)


def _prepare(ctx: RunContext) -> tuple[Any, Any, list[data.Encoded], list[list[data.Encoded]], int]:
    import torch
    from peft import LoraConfig, get_peft_model

    hp = ctx.job.snapshot().hyperparameters
    _check_cancel(ctx)
    base, tok = load_base(ctx.base)
    _check_cancel(ctx)
    train, skipped_train = data.encode_all(ctx.train, tok, hp.max_seq_len)
    held_out, skipped_eval = data.encode_all(ctx.held_out, tok, hp.max_seq_len)
    if not train or not held_out:
        side = "training" if not train else "held-out"
        raise TrainError(
            f"no {side} example fits in max_seq_len={hp.max_seq_len} tokens with at least one "
            "completion token; raise max_seq_len or shorten the prompts"
        )
    ctx.job.change(lambda r: setattr(r.dataset, "skipped", skipped_train + skipped_eval))
    base.config.use_cache = False  # the KV cache only serves generation
    torch.manual_seed(hp.seed)  # LoRA's initial A matrices and dropout
    config = LoraConfig(
        r=hp.lora_rank,
        lora_alpha=hp.lora_alpha,
        lora_dropout=hp.lora_dropout,
        target_modules=hp.target_modules,
        task_type="CAUSAL_LM",
    )
    model = get_peft_model(base, config)
    model.train()
    pad_id = tok.pad_token_id if tok.pad_token_id is not None else (tok.eos_token_id or 0)
    return model, tok, train, data.eval_batches(held_out, hp.batch_size), pad_id


def _save(ctx: RunContext, model: Any, metrics: AdapterMetrics) -> Path:
    """adapter_config.json + adapter_model.safetensors + metrics.json, renamed into place whole."""
    record = ctx.job.snapshot()
    ctx.adapters_dir.mkdir(parents=True, exist_ok=True)
    partial = ctx.adapters_dir / f".{record.id}.partial"
    final = ctx.adapters_dir / record.id
    shutil.rmtree(partial, ignore_errors=True)
    model.save_pretrained(partial)
    info = {
        "job_id": record.id,
        "base_model": record.base_model,
        "model_id": record.model_id,
        "created_at": utc_now(),
        "hyperparameters": record.hyperparameters.model_dump(mode="json"),
        "dataset": record.dataset.model_dump(mode="json"),
        "metrics": metrics.model_dump(mode="json"),
        "eval_curve": [p.model_dump(mode="json") for p in record.eval_curve],
    }
    (partial / METRICS_FILE).write_text(json.dumps(info, indent=2))
    os.replace(partial, final)
    return final


def run(ctx: RunContext) -> tuple[Path, AdapterMetrics]:
    """Prepares, trains and saves; raises Cancelled, TrainError or whatever torch/PEFT raise."""
    import torch

    started = time.monotonic()
    hp = ctx.job.snapshot().hyperparameters
    model, _tok, train, eval_sets, pad_id = _prepare(ctx)
    per_epoch = data.steps_per_epoch(len(train), hp.batch_size)
    total = hp.max_steps or hp.epochs * per_epoch
    eval_every = hp.eval_every or max(1, math.ceil(total / AUTO_EVALS))
    record_every = max(1, math.ceil(total / MAX_CURVE_POINTS))
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=hp.learning_rate, weight_decay=0.0)

    def progress(**fields: Any) -> None:
        def apply(r: JobRecord) -> None:
            for key, value in fields.items():
                setattr(r.progress, key, value)
            r.progress.elapsed_s = round(time.monotonic() - started, 2)

        ctx.job.change(apply)

    initial = _evaluate(model, eval_sets, pad_id, ctx)

    def begin(r: JobRecord) -> None:
        r.state = "training"
        r.eval_curve.append(EvalPoint(step=0, eval_loss=initial))

    ctx.job.change(begin)
    progress(total_steps=total, eval_loss=initial)
    ctx.persist(True)

    batches = data.batches(train, hp.batch_size, hp.seed)
    train_s, tokens, pending, last_eval = 0.0, 0, [], initial
    eval_s = [0.0, 1]  # total seconds of evaluations, count (the first one included)
    for step in range(1, total + 1):
        _check_cancel(ctx)
        t0 = time.monotonic()
        inputs = data.collate(next(batches), pad_id)
        loss = model(**inputs).loss
        value = float(loss.detach())
        if not math.isfinite(value):
            raise TrainError(f"the loss became {value} at step {step}; try a lower learning_rate")
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, MAX_GRAD_NORM)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        train_s += time.monotonic() - t0
        tokens += int(inputs["attention_mask"].sum())
        pending.append(value)
        if step % record_every == 0 or step == total:
            point = LossPoint(step=step, loss=sum(pending) / len(pending))
            ctx.job.change(lambda r, p=point: r.loss_curve.append(p))
            pending = []
        if step % eval_every == 0 or step == total:
            t1 = time.monotonic()
            last_eval = _evaluate(model, eval_sets, pad_id, ctx)
            eval_s = [eval_s[0] + time.monotonic() - t1, eval_s[1] + 1]
            point = EvalPoint(step=step, eval_loss=last_eval)
            ctx.job.change(lambda r, p=point: r.eval_curve.append(p))
        s_per_step = train_s / step
        evals_left = (total - step) // eval_every + (0 if total % eval_every == 0 else 1)
        progress(
            step=step,
            loss=value,
            eval_loss=last_eval,
            tokens_per_s=round(tokens / train_s, 1) if train_s > 0 else None,
            eta_s=round((total - step) * s_per_step + evals_left * eval_s[0] / eval_s[1], 1),
        )
        ctx.persist(False)
    metrics = AdapterMetrics(
        initial_eval_loss=initial,
        final_eval_loss=last_eval,
        steps=total,
        s_per_step=round(train_s / total, 4),
        tokens_per_s=round(tokens / train_s, 1) if train_s > 0 else 0.0,
        train_s=round(train_s, 2),
    )
    _check_cancel(ctx)
    return _save(ctx, model, metrics), metrics
