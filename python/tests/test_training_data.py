"""Training data: JSONL checks with line numbers, the data-folder rule, the held-out split, and
tokenisation with the loss masked to the completion (the tiny model's real tokenizer)."""

import json
import os

import pytest

from siza_ml.schemas.train import TrainExample
from siza_ml.services.training import data
from siza_ml.services.training.errors import TrainError
from siza_ml.services.training.models import tiny_tokenizer
from training_data import buttons


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n")
    return path


def test_jsonl_is_read_and_blank_lines_are_not_examples(tmp_path):
    path = _write(tmp_path / "d.jsonl", [json.dumps(b) for b in buttons(3)] + ["", "  "])
    examples = data.load_jsonl(path, "d.jsonl")
    assert [e.prompt for e in examples] == [b["prompt"] for b in buttons(3)]


def test_malformed_lines_are_named_by_number(tmp_path):
    good = json.dumps(buttons(1)[0])
    lines = [
        good,
        "{not json",
        '["a list"]',
        '{"prompt": "only a prompt"}',
        '{"prompt": "x", "completion": 3}',
        '{"prompt": "  ", "completion": "y"}',
        good,
    ]
    with pytest.raises(TrainError) as err:
        data.load_jsonl(_write(tmp_path / "d.jsonl", lines), "d.jsonl")
    message = str(err.value)
    assert err.value.status == 422
    assert message.startswith("d.jsonl: 5 malformed line(s)")
    for expected in (
        "line 2: invalid JSON",
        "line 3: not a JSON object",
        "line 4: missing 'completion'",
        "line 5: 'completion' must be a string",
        "line 6: 'prompt' is empty",
    ):
        assert expected in message
    assert "line 1" not in message and "line 7" not in message


def test_long_listings_are_cut(tmp_path):
    with pytest.raises(TrainError, match=r"line 10: invalid JSON.*; and 15 more$"):
        data.load_jsonl(_write(tmp_path / "d.jsonl", ["nope"] * 25), "d.jsonl")


def test_non_utf8_is_refused(tmp_path):
    (tmp_path / "d.jsonl").write_bytes(b'{"prompt": "\xff"}\n')
    with pytest.raises(TrainError, match="not UTF-8"):
        data.load_jsonl(tmp_path / "d.jsonl", "d.jsonl")


def test_inline_examples_name_their_index_and_are_counted():
    items = [TrainExample(prompt="a", completion="b"), TrainExample(prompt="a", completion=" ")]
    with pytest.raises(TrainError, match=r"1 bad example\(s\): example 1: 'completion' is empty"):
        data.check_inline(items)
    with pytest.raises(TrainError, match=r"at most 5000 .*through dataset_path"):
        data.check_inline(items[:1] * 5001)


def test_dataset_paths_must_resolve_inside_the_data_folder(tmp_path):
    root = tmp_path / "data"
    (root / "sets").mkdir(parents=True)
    inside = _write(root / "sets" / "d.jsonl", ["{}"])
    outside = _write(tmp_path / "secret.jsonl", ["{}"])
    os.symlink(outside, root / "link.jsonl")
    assert data.dataset_file(root, "sets/d.jsonl") == inside.resolve()
    assert data.dataset_file(root, str(inside)) == inside.resolve()
    for bad in ("../secret.jsonl", str(outside), "link.jsonl", "/etc/passwd", "sets/../../x"):
        with pytest.raises(TrainError, match="outside the sidecar's data folder"):
            data.dataset_file(root, bad)
    for missing in ("sets/none.jsonl", "sets", "."):
        with pytest.raises(TrainError, match=r"not a file|outside"):
            data.dataset_file(root, missing)
    # What the OS or the home lookup refuses is a 422 too, never a 500.
    for odd in ("~no-such-user-here/d.jsonl", "x" * 5000, "sets/" + "y" * 300 + ".jsonl"):
        with pytest.raises(TrainError, match=r"cannot be used|not a file"):
            data.dataset_file(root, odd)


def test_split_holds_out_at_least_one_and_is_seeded():
    examples = [data.Example(f"p{i}", f"c{i}") for i in range(10)]
    train, held = data.split(examples, 0.1, seed=7)
    assert (len(train), len(held)) == (9, 1)
    assert data.split(examples, 0.1, seed=7) == (train, held)
    assert sorted(train + held, key=lambda e: int(e.prompt[1:])) == examples
    assert [len(s) for s in data.split(examples[:2], 0.5, 0)] == [1, 1]
    assert [len(s) for s in data.split(examples, 0.5, 0)] == [5, 5]
    for few in ([], examples[:1]):
        with pytest.raises(TrainError, match="at least 2 examples are needed"):
            data.split(few, 0.1, 0)


def test_only_completion_tokens_carry_labels_under_the_chat_template():
    tok = tiny_tokenizer()
    example = data.Example("Make a Save button", "<button>Save</button>")
    encoded = data.encode(example, tok, 512)
    assert encoded is not None
    text = tok.decode(encoded.input_ids)
    assert text.startswith(
        "<|im_start|>user\nMake a Save button<|im_end|>\n<|im_start|>assistant\n"
    )
    labelled = [
        t for t, label in zip(encoded.input_ids, encoded.labels, strict=True) if label != -100
    ]
    assert tok.decode(labelled) == "<button>Save</button><|im_end|>\n"
    first = encoded.labels.index(labelled[0])
    assert all(label == -100 for label in encoded.labels[:first])
    assert encoded.labels[first:] == encoded.input_ids[first:]


def test_without_a_template_the_completion_ends_with_eos():
    tok = tiny_tokenizer()
    tok.chat_template = None
    encoded = data.encode(data.Example("P", "C"), tok, 64)
    assert encoded is not None
    assert tok.decode(encoded.input_ids) == "P\nC<|im_end|>"
    assert (
        tok.decode(
            [t for t, lab in zip(encoded.input_ids, encoded.labels, strict=True) if lab >= 0]
        )
        == "C<|im_end|>"
    )


def test_sequences_are_cut_and_prompts_that_fill_the_window_are_skipped():
    tok = tiny_tokenizer()
    short = data.Example("hi", "x" * 200)
    long_prompt = data.Example("y" * 500, "z")
    kept, skipped = data.encode_all([short, long_prompt], tok, 64)
    assert skipped == 1 and len(kept) == 1
    assert len(kept[0].input_ids) == len(kept[0].labels) == 64


def test_batches_cycle_reshuffled_and_collate_pads_with_ignored_labels():
    items = [data.Encoded([1] * n, [-100] + [1] * (n - 1)) for n in (3, 5, 4)]
    stream = data.batches(items, 2, seed=0)
    epoch1 = next(stream) + next(stream)
    epoch2 = next(stream) + next(stream)
    assert sorted(map(len, (e.input_ids for e in epoch1))) == [3, 4, 5]
    assert sorted(map(len, (e.input_ids for e in epoch2))) == [3, 4, 5]
    batch = data.collate(items[:2], pad_id=0)
    assert batch["input_ids"].shape == (2, 5)
    assert batch["attention_mask"][0].tolist() == [1, 1, 1, 0, 0]
    assert batch["labels"][0].tolist() == [-100, 1, 1, -100, -100]
    assert data.steps_per_epoch(14, 4) == 4 and data.steps_per_epoch(1, 4) == 1
