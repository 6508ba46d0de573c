"""Training data shared by the training tests: small, repetitive prompt/completion pairs of UI
component code (a model learns their shape within a few dozen steps)."""

LABELS = [
    "Save", "Cancel", "Delete", "Submit", "Next", "Back", "Open", "Close",
    "Send", "Share", "Edit", "Retry", "Upload", "Download", "Confirm", "Archive",
]  # fmt: skip


def button(label: str) -> dict[str, str]:
    return {
        "prompt": f"Write a React button component labelled {label}.",
        "completion": (
            f"export function {label}Button() {{\n"
            f'  return <button type="button" className="rounded bg-blue-600 px-4 py-2 '
            f'text-white">{label}</button>;\n}}'
        ),
    }


def buttons(n: int = len(LABELS)) -> list[dict[str, str]]:
    return [button(LABELS[i % len(LABELS)]) for i in range(n)]


# The SmolLM2 run of test_training_smollm2.py and bench/training.py: 14 pairs to train on, 2 held
# out; one example per step keeps a step near a second on one core; 2.5x the default learning
# rate so that 30 steps teach the completions' shape well enough to show in greedy generation.
SMOLLM2_JOB = {
    "base_model": "local",
    "examples": buttons(),
    "hyperparameters": {
        "max_steps": 30,
        "batch_size": 1,
        "learning_rate": 5e-4,
        "eval_fraction": 0.125,
        "seed": 0,
    },
}
