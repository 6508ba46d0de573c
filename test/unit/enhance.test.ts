import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildEnhancerRules, enhanceRules, enhanceWithRules, rewriteVague } from '../../src/core/enhance';
import { enhanceResponseSchema, type EnhanceRequest } from '../../src/core/protocol/index';
import { ROOT } from './helpers';
import { pythonEnhancements } from './pythonTier';
import { enhanceInputs } from './tierInputs';

/** The rule-based enhancer against golden/enhance_cases.json, as python/tests/test_enhance_rules.py runs it. */
interface EnhanceCase {
  id: string;
  input: { prompt: string; component_type: string | null; framework: EnhanceRequest['framework'] | null; style: string | null; mood: string | null; industry: string | null };
  expect: {
    rewritten: string;
    component_type?: string | null;
    framework?: string | null;
    additions_include?: string[];
    additions_exclude?: string[];
    enhanced_contains?: string[];
    enhanced_not_contains?: string[];
  };
}

const RULES_DIR = path.join(ROOT, 'python', 'siza_ml', 'rules');
const CASES = (JSON.parse(readFileSync(path.join(RULES_DIR, 'golden', 'enhance_cases.json'), 'utf8')) as { cases: EnhanceCase[] }).cases;
const ENHANCER = JSON.parse(readFileSync(path.join(RULES_DIR, 'enhancer_rules.json'), 'utf8')) as Record<string, unknown>;

/** The request a client sends: absent fields rather than nulls. */
function requestOf(c: EnhanceCase): EnhanceRequest {
  const req: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.input)) if (v != null) req[k] = v;
  return req as unknown as EnhanceRequest;
}

describe('rule enhancer: golden cases', () => {
  it('has the cases', () => assert.ok(CASES.length >= 10));

  for (const c of CASES) {
    it(`${c.id}: rewrites, resolves and adds as expected`, () => {
      const e = c.expect;
      const full = enhanceRules(requestOf(c));
      const result = enhanceWithRules(requestOf(c));
      assert.equal(rewriteVague(c.input.prompt), e.rewritten);
      assert.equal(full.rewritten, e.rewritten);
      assert.ok(result.enhanced.startsWith(e.rewritten));
      if ('component_type' in e) assert.equal(result.component_type, e.component_type);
      if ('framework' in e) assert.equal(result.framework, e.framework);
      for (const text of e.additions_include ?? []) assert.ok(result.additions.some((a) => a.includes(text)), text);
      for (const text of e.additions_exclude ?? []) assert.ok(!result.additions.some((a) => a.includes(text)), text);
      for (const text of e.enhanced_contains ?? []) assert.ok(result.enhanced.includes(text), text);
      for (const text of e.enhanced_not_contains ?? []) assert.ok(!result.enhanced.includes(text), text);
    });

    it(`${c.id}: lists exactly the additions, in the wire shape`, () => {
      const full = enhanceRules(requestOf(c));
      const result = enhanceWithRules(requestOf(c));
      assert.deepEqual(enhanceResponseSchema.parse(result), result);
      assert.equal(result.source, 'rules');
      assert.equal(result.llm_error, null);
      assert.ok(result.additions.length === new Set(result.additions).size && result.additions.length <= 14);
      const bullets = result.additions.map((a) => `- ${a}`).join('\n');
      assert.equal(result.enhanced, result.additions.length ? `${full.rewritten}\n\nRequirements:\n${bullets}` : full.rewritten);
    });
  }
});

describe('rule enhancer: behaviour', () => {
  const cases: [string, string][] = [
    ['GOOD', 'HIGH-QUALITY'],
    ['Good', 'High-quality'],
    ['gOOD', 'high-quality'],
    ['good.good,good', 'high-quality.high-quality,high-quality'],
    ['goods goodness', 'goods goodness'],
    ['so-good good2 _good', 'so-good good2 _good'],
    ['Looks Good', 'Looks polished'],
  ];
  for (const [prompt, expected] of cases) {
    it(`rewrites vague words on word boundaries with their case: ${prompt}`, () => assert.equal(rewriteVague(prompt), expected));
  }

  it('never rewrites a replacement again', () => {
    assert.equal(rewriteVague('clean and simple'), 'minimal and uncluttered and focused, minimal');
  });

  it('adds the custom line for an unknown requested value, cut at max_option_chars code points', () => {
    const style = '😀'.repeat(70);
    const result = enhanceWithRules({ prompt: 'a card', style });
    assert.ok(result.additions.includes(`Visual style: ${'😀'.repeat(64)}`), result.additions.join('\n'));
  });

  it('fails loudly on a malformed rules file', () => {
    const broken = (patch: (d: Record<string, unknown>) => void) => {
      const data = structuredClone(ENHANCER);
      patch(data);
      return () => buildEnhancerRules(data);
    };
    assert.throws(broken((d) => delete d.template), /template/);
    assert.throws(broken((d) => ((d.frameworks as { id: string }[])[0]!.id = 'ember')), /frameworks/);
    assert.throws(broken((d) => ((d.custom as Record<string, string>).style = 'Style: {name}')), /may only use \{value\}/);
    assert.throws(broken((d) => (d.vague_words as unknown[]).push((d.vague_words as unknown[])[0])), /duplicate vague words/);
  });
});

describe('rule enhancer: the same result as the Python sidecar', () => {
  it('answers every golden case and edge input exactly as python/siza_ml does', function () {
    this.timeout(120_000);
    const requests = [...CASES.map(requestOf), ...CASES.map((c) => c.input as unknown as EnhanceRequest), ...enhanceInputs()];
    const expected = pythonEnhancements(requests);
    requests.forEach((req, i) => {
      const actual = enhanceWithRules(req);
      const what = `#${i} ${JSON.stringify(req).slice(0, 120)}`;
      assert.deepStrictEqual(actual, expected[i], what);
      assert.equal(JSON.stringify(actual), JSON.stringify(expected[i]), what);
      assert.deepEqual(enhanceResponseSchema.parse(actual), actual, what);
    });
  });
});
