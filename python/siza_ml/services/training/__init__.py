"""LoRA fine-tuning jobs (PEFT) in the sidecar: data.py (loading, checks, split, tokenisation),
models.py (tiny / local base models), runner.py (the loop), jobs.py (registry + persistence),
adapters.py (adapters on disk), service.py (what the routes call). torch, transformers and peft
are imported only inside a job's thread."""

from .errors import TrainError
from .service import TrainingService

__all__ = ["TrainError", "TrainingService"]
