"""The scorer cites the axe-core rule of an accessibility violation (rules/axe_references.json),
with the help text and URL axe-core itself gives."""

import json

from axe_rules import REPO, axe_dump
from siza_ml.rules import load_json
from siza_ml.schemas.score import ScoreResponse
from siza_ml.services.scoring import score_code
from siza_ml.services.scoring.references import Reference, table, table_reference
from siza_ml.services.scoring.ruleset import ruleset

TABLE = load_json("axe_references.json")
CODE = '<main>\n  <img src="hero.png">\n  <div onClick={open}>More</div>\n</main>'


def test_table_names_real_axe_rules_with_their_help_and_url():
    dump = axe_dump()
    assert TABLE["axe_core_version"] == dump["version"]
    pinned = json.loads((REPO / "package.json").read_text())["dependencies"]["axe-core"]
    assert dump["version"] == pinned
    rules = {r["id"]: r for r in dump["rules"]}
    assert len(rules) > 80
    assert len(TABLE["references"]) >= 5
    for rule, ref in TABLE["references"].items():
        assert ref["id"] in rules, f"{rule} -> {ref['id']}: not an axe-core rule"
        assert ref["help"] == rules[ref["id"]]["help"], rule
        assert ref["url"] == rules[ref["id"]]["helpUrl"], rule


def test_table_maps_only_accessibility_rules():
    a11y = {r.id for r in ruleset().rules if r.factor == "accessibility"}
    assert set(table()) <= a11y


def test_a_mapped_violation_cites_the_axe_rule():
    result = score_code(CODE, "react")
    img = next(v for v in result.violations if v.rule == "a11y/img-alt")
    minor = ".".join(TABLE["axe_core_version"].split(".")[:2])
    url = f"https://dequeuniversity.com/rules/axe/{minor}/image-alt?application=axeAPI"
    assert img.reference == Reference("image-alt", "Images must have alternative text", url)
    assert table_reference("a11y/click-non-interactive") is None
    click = next(v for v in result.violations if v.rule == "a11y/click-non-interactive")
    assert click.reference is None


def test_the_wire_shape_leaves_out_a_missing_reference(sidecar):
    with sidecar.client() as client:
        body = client.post("/score", json={"code": CODE, "framework": "react"}).json()
    ScoreResponse.model_validate(body)
    by_rule = {v["rule"]: v for v in body["violations"]}
    assert by_rule["a11y/img-alt"]["reference"] == {
        "id": "image-alt",
        "help": "Images must have alternative text",
        "url": table_reference("a11y/img-alt").url,
        "match": "table",
    }
    # no axe-rules collection on this server: no nearest reference either
    assert "reference" not in by_rule["a11y/click-non-interactive"]
    assert "reference" not in by_rule["performance/img-dimensions"]
