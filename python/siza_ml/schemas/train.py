"""LoRA training jobs: start, status, cancel, summary, adapters (src/core/protocol/train.ts)."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

# Bounds on parsing only; the service checks the dataset itself and SIZA_ML_TRAIN_MAX_STEPS.
MAX_INLINE_EXAMPLES = 5_000
MAX_FIELD_CHARS = 20_000
MAX_PATH_CHARS = 1024
MAX_TOKENS_PER_STEP = 32_768
# Job ids are adapter folder names too: lower-case, digits, dashes.
JOB_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
# An adapter folder under <data dir>/adapters/ (ours are job ids; copied-in ones may differ).
ADAPTER_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
# A path of no NUL and no control characters: the OS would refuse them with errors we cannot word.
_PATH_PATTERN = r"^[^\x00-\x1f]+$"
# LoRA targets are module names ("q_proj") or dotted suffixes ("self_attn.q_proj").
ModuleName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_.]{0,63}$")]

JobState = Literal["queued", "preparing", "training", "complete", "failed", "cancelled"]
ACTIVE_STATES: tuple[JobState, ...] = ("queued", "preparing", "training")
BaseModelChoice = Literal["tiny", "local"]


class _Request(BaseModel):
    # A misspelt option ("learning_rte") must be an error, not a silently ignored default.
    model_config = ConfigDict(extra="forbid")


class TrainExample(_Request):
    prompt: str = Field(max_length=MAX_FIELD_CHARS)
    completion: str = Field(max_length=MAX_FIELD_CHARS)


class TrainHyperparameters(_Request):
    lora_rank: int = Field(default=8, ge=1, le=256)
    lora_alpha: float = Field(default=16.0, gt=0, le=1024)
    lora_dropout: float = Field(default=0.05, ge=0.0, le=0.9)
    target_modules: list[ModuleName] = Field(
        default_factory=lambda: ["q_proj", "v_proj"], min_length=1, max_length=16
    )
    learning_rate: float = Field(default=2e-4, gt=0, le=1.0)
    epochs: int = Field(default=1, ge=1, le=100)
    # Overrides epochs when set: the data is cycled (reshuffled each pass) until this many steps.
    max_steps: int | None = Field(default=None, ge=1, le=100_000)
    batch_size: int = Field(default=4, ge=1, le=64)
    max_seq_len: int = Field(default=256, ge=16, le=4096)
    # Held out for eval loss; at least one example whatever the fraction.
    eval_fraction: float = Field(default=0.1, gt=0.0, le=0.5)
    # Evaluate every this many steps; None: about five times a run (and always first and last).
    eval_every: int | None = Field(default=None, ge=1, le=100_000)
    seed: int = Field(default=0, ge=0, le=2**32 - 1)

    @model_validator(mode="after")
    def _bounded_batch(self) -> "TrainHyperparameters":
        # Activations grow with the tokens of a step; past this a CPU job would only thrash.
        if self.batch_size * self.max_seq_len > MAX_TOKENS_PER_STEP:
            raise ValueError(
                f"batch_size x max_seq_len = {self.batch_size * self.max_seq_len} tokens per step; "
                f"the limit is {MAX_TOKENS_PER_STEP}"
            )
        return self


class TrainStartRequest(_Request):
    # "tiny": a small random Llama built in-process (tests, smoke runs); "local": the bundled
    # SmolLM2-135M-Instruct, or the model at model_path (a .gguf file or a transformers folder).
    base_model: BaseModelChoice = "local"
    model_path: str | None = Field(default=None, max_length=MAX_PATH_CHARS, pattern=_PATH_PATTERN)
    # Exactly one of: inline examples, or a JSONL file (one {"prompt", "completion"} per line)
    # under the sidecar's data folder (relative to it, or absolute inside it).
    # Their count is checked by the service (a clear 422), not here: a schema bound on it lets a
    # fuzzer build "one item too many" bodies past the request size limit (a 413, not a 422).
    examples: list[TrainExample] | None = None
    dataset_path: str | None = Field(default=None, max_length=MAX_PATH_CHARS, pattern=_PATH_PATTERN)
    hyperparameters: TrainHyperparameters = Field(default_factory=TrainHyperparameters)

    @model_validator(mode="after")
    def _one_dataset(self) -> "TrainStartRequest":
        if (self.examples is None) == (self.dataset_path is None):
            raise ValueError("give exactly one of `examples` and `dataset_path`")
        if self.model_path is not None and self.base_model != "local":
            raise ValueError("`model_path` applies to base_model 'local' only")
        return self


class LossPoint(BaseModel):
    step: int
    loss: float


class EvalPoint(BaseModel):
    step: int
    eval_loss: float


class TrainProgress(BaseModel):
    step: int = 0
    total_steps: int = 0
    # The last recorded training loss (mean since the previous point) and the last eval loss.
    loss: float | None = None
    eval_loss: float | None = None
    tokens_per_s: float | None = None
    eta_s: float | None = None
    elapsed_s: float = 0.0


class DatasetInfo(BaseModel):
    # "inline" or the dataset file's path relative to the data folder.
    source: str
    examples: int
    train_examples: int
    eval_examples: int
    # Examples whose completion did not fit in max_seq_len at all (left out of training).
    skipped: int = 0


class AdapterMetrics(BaseModel):
    initial_eval_loss: float
    final_eval_loss: float
    steps: int
    s_per_step: float
    tokens_per_s: float
    train_s: float


class AdapterInfo(BaseModel):
    name: str
    path: str
    job_id: str | None = None
    base_model: str | None = None
    created_at: str | None = None
    size_bytes: int = 0
    metrics: AdapterMetrics | None = None


class TrainJob(BaseModel):
    id: str
    state: JobState
    base_model: BaseModelChoice
    # The weights trained on: the tiny model's id, the GGUF file name or the model folder's name.
    model_id: str
    created_at: str
    started_at: str | None = None
    finished_at: str | None = None
    hyperparameters: TrainHyperparameters
    dataset: DatasetInfo
    progress: TrainProgress = Field(default_factory=TrainProgress)
    loss_curve: list[LossPoint] = Field(default_factory=list)
    eval_curve: list[EvalPoint] = Field(default_factory=list)
    error: str | None = None
    adapter: AdapterInfo | None = None
    cancel_requested: bool = False


class TrainJobSummary(BaseModel):
    id: str
    state: JobState
    base_model: BaseModelChoice
    model_id: str
    created_at: str
    finished_at: str | None = None
    progress: TrainProgress
    error: str | None = None
    adapter: str | None = None


class AdaptersResponse(BaseModel):
    adapters: list[AdapterInfo]


class TrainSummary(BaseModel):
    # Most recent first; `active` is the job running now (in this sidecar or another), if any.
    jobs: list[TrainJobSummary]
    adapters: list[AdapterInfo]
    active: str | None = None


class AdapterDeleted(BaseModel):
    name: str
    deleted: bool
