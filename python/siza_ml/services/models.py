"""Registry of the models the sidecar can serve; loaders flip `loaded` once a model is in memory."""

from dataclasses import dataclass, field

from ..schemas import ModelStatus

EMBEDDINGS_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"


@dataclass
class ModelSlot:
    name: str
    model_id: str
    loaded: bool = False


@dataclass
class ModelRegistry:
    slots: dict[str, ModelSlot] = field(default_factory=dict)

    @classmethod
    def default(cls) -> "ModelRegistry":
        return cls({"embeddings": ModelSlot("embeddings", EMBEDDINGS_MODEL_ID)})

    def set_loaded(self, name: str, loaded: bool) -> None:
        self.slots[name].loaded = loaded

    def statuses(self) -> list[ModelStatus]:
        return [
            ModelStatus(name=s.name, model_id=s.model_id, loaded=s.loaded)
            for s in self.slots.values()
        ]
