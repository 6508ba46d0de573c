import type { Framework } from '../../src/core/frameworks';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildRuleSet, scoreHeuristic } from '../../src/core/quality/index';
import { pySum, pySum312 } from '../../src/core/pycompat/builtins';
import { scoreResponseSchema, type ScoreRequest, type ScoreResponse } from '../../src/core/protocol/index';
import { ROOT } from './helpers';
import { pythonScores } from './pythonTier';
import { sampleComponents, scoreInputs } from './tierInputs';

/** The heuristic scorer against golden/score_cases.json, as python/tests/test_score_rules.py runs it. */
interface ScoreCase {
  id: string;
  framework: Framework | null;
  prompt: string | null;
  component_type: string | null;
  code: string | string[];
  expect: {
    score_min: number;
    score_max: number;
    rules_present: string[];
    rules_absent: string[];
    framework?: Framework;
    confidence_min?: number;
    confidence_max?: number;
    lines?: Record<string, (number | null)[]>;
    factor_ranges?: Record<string, [number, number]>;
  };
}

const RULES_DIR = path.join(ROOT, 'python', 'siza_ml', 'rules');
const CASES = (JSON.parse(readFileSync(path.join(RULES_DIR, 'golden', 'score_cases.json'), 'utf8')) as { cases: ScoreCase[] }).cases;
const QUALITY = JSON.parse(readFileSync(path.join(RULES_DIR, 'quality_rules.json'), 'utf8')) as Record<string, unknown>;

const codeOf = (c: ScoreCase) => (Array.isArray(c.code) ? c.code.join('\n') : c.code);
const requestOf = (c: ScoreCase): ScoreRequest => ({
  code: codeOf(c),
  ...(c.framework ? { framework: c.framework } : {}),
  ...(c.prompt !== null ? { prompt: c.prompt } : {}),
  ...(c.component_type !== null ? { component_type: c.component_type } : {}),
});
const rulesOf = (r: ScoreResponse) => new Set(r.violations.map((v) => v.rule));

describe('heuristic scorer: golden cases', () => {
  it('has the cases', () => assert.ok(CASES.length >= 12));

  for (const c of CASES) {
    it(`${c.id}: within the expected score, rules, lines and factors`, () => {
      const result = scoreHeuristic(requestOf(c));
      const e = c.expect;
      const rules = rulesOf(result);
      assert.ok(e.score_min <= result.score && result.score <= e.score_max, `score ${result.score}`);
      assert.deepEqual(e.rules_present.filter((r) => !rules.has(r)), [], 'rules_present');
      assert.deepEqual(e.rules_absent.filter((r) => rules.has(r)), [], 'rules_absent');
      if (e.framework) assert.equal(result.framework, e.framework);
      assert.ok(result.confidence >= (e.confidence_min ?? 0), `confidence ${result.confidence}`);
      assert.ok(result.confidence <= (e.confidence_max ?? 1), `confidence ${result.confidence}`);
      for (const [rule, lines] of Object.entries(e.lines ?? {})) {
        assert.deepEqual(result.violations.filter((v) => v.rule === rule).map((v) => v.line), lines, rule);
      }
      for (const [factor, [low, high]] of Object.entries(e.factor_ranges ?? {})) {
        const score = result.factors[factor]?.score ?? NaN;
        assert.ok(low <= score && score <= high, `${factor} ${score}`);
      }
    });

    it(`${c.id}: keeps the invariants and the wire shape`, () => {
      const result = scoreHeuristic(requestOf(c));
      assert.deepEqual(scoreResponseSchema.parse(result), result);
      assert.equal(result.source, 'heuristic');
      assert.equal(result.heuristic_score, result.score);
      assert.equal(result.llm, null);
      assert.equal(result.llm_error, null);
      const factors = Object.entries(result.factors);
      assert.ok(Math.abs(factors.reduce((s, [, f]) => s + f.weight, 0) - 1) < 1e-3);
      assert.ok(Math.abs(factors.reduce((s, [, f]) => s + f.weight * f.score, 0) - result.score) < 0.02);
      assert.equal('prompt_adherence' in result.factors, Boolean(c.prompt || c.component_type));
      const nLines = codeOf(c).split('\n').length;
      for (const v of result.violations) {
        assert.ok(v.factor in result.factors, v.factor);
        assert.ok(v.line === null || (v.line >= 1 && v.line <= nLines), `${v.rule} line ${v.line}`);
      }
      // A factor without violations is at full marks, one with them is not.
      for (const [name, f] of factors) {
        if (name !== 'prompt_adherence') assert.equal(f.score < 10, result.violations.some((v) => v.factor === name), name);
      }
    });
  }
});

describe('heuristic scorer: behaviour', () => {
  it('is deterministic', () => {
    const c = CASES.find((x) => x.id === 'react-many-problems')!;
    assert.deepEqual(scoreHeuristic(requestOf(c)), scoreHeuristic(requestOf(c)));
  });

  it('applies rules per framework', () => {
    const code = '<ul>\n  <li v-for="x in xs">{{ x }}</li>\n</ul>';
    assert.ok(rulesOf(scoreHeuristic({ code, framework: 'vue' })).has('performance/vue-missing-key'));
    assert.ok(!rulesOf(scoreHeuristic({ code, framework: 'react' })).has('performance/vue-missing-key'));
  });

  it('points at the line of the match, with CRLF too', () => {
    for (const eol of ['\n', '\r\n']) {
      const code = ['<main>', '', '', '  <p>hi</p>', "  <img src='x.png'>", '</main>'].join(eol);
      const lines = scoreHeuristic({ code, framework: 'html' }).violations.filter((v) => v.rule === 'a11y/img-alt').map((v) => v.line);
      assert.deepEqual(lines, [5]);
    }
  });

  it('orders the factors as the rules file does', () => {
    const ids = (QUALITY.factors as { id: string }[]).map((f) => f.id);
    assert.deepEqual(Object.keys(scoreHeuristic({ code: '<p>x</p>', prompt: 'a paragraph' }).factors), ids);
    assert.deepEqual(Object.keys(scoreHeuristic({ code: '<p>x</p>' }).factors), ids.slice(0, -1));
  });

  it('gives garbage a low confidence, not an error', () => {
    const result = scoreHeuristic({ code: String.fromCharCode(...Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 0x3000)) });
    assert.ok(result.confidence <= 0.2, String(result.confidence));
    assert.ok(result.score >= 0 && result.score <= 10);
  });

  it('finishes on markup that makes naive tag regexes backtrack', function () {
    this.timeout(120_000);
    for (const unit of ['<div ', '<div "', '<div {', '<button><svg>', '{#each a', '--', '{class=', ' \n']) {
      const code = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const result = scoreHeuristic({ code });
      assert.ok(result.score >= 0 && result.score <= 10, unit);
    }
  });

  it('sums the factor weights the same under Python 3.11 and 3.12+ (plain vs compensated sum)', () => {
    const weights = (QUALITY.factors as { weight: number; requires_prompt?: boolean }[]).map((f) => f.weight);
    assert.equal(pySum(weights), pySum312(weights));
    assert.equal(pySum(weights.slice(0, -1)), pySum312(weights.slice(0, -1)));
  });

  it('fails loudly on a malformed rules file', () => {
    const broken = (patch: (d: Record<string, unknown>) => void) => {
      const data = structuredClone(QUALITY);
      patch(data);
      return () => buildRuleSet(data);
    };
    assert.throws(broken((d) => delete d.scoring), /scoring/);
    assert.throws(broken((d) => ((d.rules as { severity: string }[])[0]!.severity = 'fatal')), /severity/);
    assert.throws(broken((d) => ((d.rules as { factor: string }[])[0]!.factor = 'nope')), /unknown factor/);
    assert.throws(broken((d) => ((d.rules as { pattern: { regex: string } }[])[0]!.pattern.regex = '{{nope}}')), /unknown fragment/);
    assert.throws(broken((d) => ((d.rules as { pattern: { regex: string } }[])[0]!.pattern.regex = '(')), SyntaxError);
    assert.throws(broken((d) => (d.rules as { id: string }[]).push((d.rules as { id: string }[])[0]!)), /duplicate rule ids/);
  });
});

describe('heuristic scorer: the same result as the Python sidecar', () => {
  it('answers every golden case, edge input and sample component exactly as python/siza_ml does', function () {
    this.timeout(180_000);
    const requests = [...CASES.map(requestOf), ...scoreInputs()];
    assert.ok(sampleComponents().length >= 2);
    const expected = pythonScores(requests);
    requests.forEach((req, i) => {
      const actual = scoreHeuristic(req);
      const what = `#${i} ${JSON.stringify(req).slice(0, 120)}`;
      assert.deepStrictEqual(actual, expected[i], what);
      // deepStrictEqual ignores key order; the JSON text must match too (factors in Python's dict order).
      assert.equal(JSON.stringify(actual), JSON.stringify(expected[i]), what);
      assert.deepEqual(scoreResponseSchema.parse(actual), actual, what);
    });
  });
});
