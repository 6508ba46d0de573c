import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { ANALYSERS } from '../../src/core/a11y/analysers';
import { PREFIXES } from '../../src/core/a11y/finding';
import { analyseA11y, COVERED, jsxDialect, lintJsxA11y, mergeA11y, type A11yFinding } from '../../src/core/a11y';
import coverage from '../../src/core/a11y/coverage.json';
import { blend, ruleHitCounts, ruleset, scoreHeuristic } from '../../src/core/quality/index';
import { scoreResponseSchema, type ScoreRequest, type ScoreResponse, type Violation } from '../../src/core/protocol/index';
import { devPython, ROOT } from './helpers';
import { pythonScores } from './pythonTier';

/** src/core/a11y: eslint-plugin-jsx-a11y through ESLint's Linter, merged into either tier's score. */

const lint = (code: string, tsx = true) => lintJsxA11y(code, { tsx });
const rulesOf = (findings: readonly A11yFinding[]) => findings.map((f) => f.ruleId);
const lines = (...rows: string[]) => rows.join('\n');

/** judge.py's blend run by the sidecar's own code, one [score, confidence] per [h, confidence, llm]. */
function pythonBlend(inputs: [number, number, number][]): [number, number][] {
  const script = 'import json, sys\nfrom siza_ml.services.scoring.judge import blend\nprint(json.dumps([blend(*x) for x in json.load(sys.stdin)]))';
  const r = spawnSync(devPython(), ['-c', script], {
    input: JSON.stringify(inputs),
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: path.join(ROOT, 'python') },
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`python blend failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as [number, number][];
}

describe('a11y: lintJsxA11y finds real problems', () => {
  it('an img without alt: alt-text, 1-based line and column, severity, the rule docs', () => {
    const r = lint(lines('export function Logo() {', '  return <img src="/logo.png" />;', '}'));
    assert.equal(r.parseError, undefined);
    assert.deepEqual(r.findings.length, 1);
    const f = r.findings[0]!;
    assert.equal(f.ruleId, 'jsx-a11y/alt-text');
    assert.equal(f.line, 2);
    assert.equal(f.column, 10);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /alt prop/);
    assert.equal(f.helpUrl, 'https://github.com/jsx-eslint/eslint-plugin-jsx-a11y/tree/HEAD/docs/rules/alt-text.md');
  });

  it('a click handler on a div without role or key handler', () => {
    const r = lint('export const Open = ({ go }) => <div onClick={go}>Open</div>;', false);
    assert.deepEqual(rulesOf(r.findings), ['jsx-a11y/click-events-have-key-events', 'jsx-a11y/no-static-element-interactions']);
    const fixed = lint('export const Open = ({ go }) => <div role="button" tabIndex={0} onClick={go} onKeyDown={go}>Open</div>;', false);
    assert.deepEqual(fixed.findings, []);
  });

  it('an anchor without href, and one with href="#"', () => {
    const r = lint(lines('export const Nav = () => (', '  <nav>', '    <a>Home</a>', '    <a href="#">Docs</a>', '  </nav>', ');'));
    assert.deepEqual(
      r.findings.map((f) => [f.ruleId, f.line]),
      [
        ['jsx-a11y/anchor-is-valid', 3],
        ['jsx-a11y/anchor-is-valid', 4],
      ],
    );
  });

  it('a label tied to no control; a bare input is not a recommended-rule finding (the heuristic keeps it)', () => {
    const r = lint('export const F = () => <form><label>Email</label><input type="email" /></form>;');
    assert.deepEqual(rulesOf(r.findings), ['jsx-a11y/label-has-associated-control']);
    assert.deepEqual(lint('export const F = () => <form><input type="email" /></form>;').findings, []);
    assert.deepEqual(lint('export const F = () => <label>Email <input type="email" /></label>;').findings, []);
  });

  it('aria-* typos and an unknown role', () => {
    const r = lint('export const T = () => <div aria-lable="Close" role="buton" aria-hiden="true">x</div>;');
    assert.deepEqual(rulesOf(r.findings).sort(), ['jsx-a11y/aria-props', 'jsx-a11y/aria-props', 'jsx-a11y/aria-role']);
    assert.ok(r.findings.some((f) => /Did you mean to use aria-label\?/.test(f.message)), JSON.stringify(r.findings));
  });

  it('a container with keyboard handlers only (Escape to close) is delegation, not a finding; a click handler keeps it', () => {
    const code = [
      'export function Menu({ close, pick }: { close: () => void; pick: () => void }) {',
      '  return (',
      "    <div className=\"menu\" onKeyDown={(e) => e.key === 'Escape' && close()}>",
      '      <button type="button" onClick={pick}>Pick</button>',
      "      <div className=\"row\" onKeyDown={(e) => e.key === 'Enter' && pick()} onClick={pick}>Row</div>",
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    const r = lintJsxA11y(code, { tsx: true });
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.line]), [['jsx-a11y/no-static-element-interactions', 5]]);
  });

  it('a clean component has no findings', () => {
    const clean = lines(
      'import { useState } from "react";',
      'export function Card({ title, src }) {',
      '  const [open, setOpen] = useState(false);',
      '  return (',
      '    <article className="card">',
      '      <img src={src} alt={title} />',
      '      <h2>{title}</h2>',
      '      <label htmlFor="q">Search</label>',
      '      <input id="q" type="search" />',
      '      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open}>More</button>',
      '      <a href="/docs">Docs</a>',
      '    </article>',
      '  );',
      '}',
    );
    assert.deepEqual(lint(clean, false), { findings: [] });
    assert.deepEqual(lint(clean, true), { findings: [] });
  });

  it('TSX with type annotations and generics parses with the TypeScript parser (espree cannot)', () => {
    const tsx = lines(
      'import type { ReactNode } from "react";',
      'interface Props<T extends { id: string }> { items: readonly T[]; render: (item: T) => ReactNode }',
      'export function List<T extends { id: string }>({ items, render }: Props<T>): JSX.Element {',
      '  const first = items[0] as T | undefined;',
      '  const pick = <U,>(x: U): U => x;',
      '  return (',
      '    <ul>',
      '      {items.map((item) => <li key={item.id}>{render(pick(item))}</li>)}',
      '      {first && <img src={`/i/${first.id}.png`} />}',
      '    </ul>',
      '  );',
      '}',
    );
    const r = lint(tsx, true);
    assert.equal(r.parseError, undefined);
    assert.deepEqual(
      r.findings.map((f) => [f.ruleId, f.line]),
      [['jsx-a11y/alt-text', 9]],
    );
    const asJsx = lint(tsx, false);
    assert.deepEqual(asJsx.findings, []);
    assert.match(asJsx.parseError ?? '', /^Parsing error: .*\(\d+:\d+\)$/);
  });

  it('a syntax error returns no findings and the parse error, never throws', () => {
    for (const tsx of [true, false]) {
      const r = lint('export const Broken = () => <div><img src="a.png"></div>;', tsx);
      assert.deepEqual(r.findings, []);
      assert.match(r.parseError ?? '', /^Parsing error/);
    }
    assert.deepEqual(lint('', true), { findings: [] });
    assert.match(lint('\u0000<<<>>>{{{', true).parseError ?? '', /Parsing error/);
  });

  it('ignores eslint-disable comments: the score judges the code, not its suppressions', () => {
    const r = lint(lines('/* eslint-disable */', '// eslint-disable-next-line jsx-a11y/alt-text', 'export const A = () => <img src="a.png" />;'));
    assert.deepEqual(
      r.findings.map((f) => [f.ruleId, f.line]),
      [['jsx-a11y/alt-text', 3]],
    );
  });

  it("checks next/image's <Image> as an <img>, as the heuristic did", () => {
    const r = lint('import Image from "next/image";\nexport const A = () => <Image src="/a.png" width={4} height={4} />;');
    assert.deepEqual(rulesOf(r.findings), ['jsx-a11y/alt-text']);
  });
});

describe('a11y: coverage.json', () => {
  const a11yRules = ruleset().rules.filter((r) => r.factor === 'accessibility').map((r) => r.id);
  const recommended = jsxA11y.flatConfigs.recommended.rules ?? {};
  const on = (id: string) => {
    const level = recommended[id];
    const first: unknown = Array.isArray(level) ? level[0] : level;
    return first === 'error' || first === 'warn' || first === 2 || first === 1;
  };

  it('decides every heuristic accessibility rule exactly once', () => {
    const listed = [...Object.keys(coverage.covered), ...Object.keys(coverage.not_covered)];
    assert.deepEqual([...listed].sort(), [...a11yRules].sort());
    assert.equal(new Set(listed).size, listed.length);
  });

  it('names only jsx-a11y rules that exist and are on in the recommended config', () => {
    for (const [heuristic, ids] of COVERED) {
      assert.ok(ids.length > 0, heuristic);
      for (const id of ids) assert.ok(on(id), `${heuristic} → ${id}`);
    }
  });

  it('keeps the reported counts enough to price a rule (max_reports_per_rule ≥ max_counted_matches)', () => {
    const s = ruleset().scoring;
    assert.ok(s.max_reports_per_rule >= s.max_counted_matches);
  });
});

/** A sidecar-shaped response: three accessibility violations, one responsiveness and one maintainability rule. */
function fixture(): ScoreResponse {
  const v = (rule: string, factor: string, severity: Violation['severity'], line: number | null): Violation => ({
    rule,
    factor,
    severity,
    message: `${rule} message`,
    line,
    hint: `${rule} hint`,
  });
  return {
    score: 7.93,
    confidence: 0.81,
    heuristic_score: 7.93,
    framework: 'react',
    factors: {
      accessibility: { score: 4, weight: 0.2558, explanation: '3 issue(s): …' },
      semantics: { score: 10, weight: 0.1047, explanation: 'No issues found.' },
      responsiveness: { score: 8, weight: 0.1279, explanation: '1 issue(s): …' },
      maintainability: { score: 8, weight: 0.1395, explanation: '1 issue(s): …' },
      performance: { score: 10, weight: 0.1047, explanation: 'No issues found.' },
      security: { score: 10, weight: 0.1744, explanation: 'No issues found.' },
      styling: { score: 10, weight: 0.093, explanation: 'No issues found.' },
    },
    violations: [
      v('a11y/img-alt', 'accessibility', 'error', 4), // covered: dropped
      v('a11y/input-label', 'accessibility', 'warning', 6), // not covered: kept, 2.0
      v('a11y/autofocus', 'accessibility', 'info', 6), // covered: dropped, though no-autofocus found nothing
      v('resp/fixed-width', 'responsiveness', 'warning', 2),
      v('maint/any', 'maintainability', 'warning', 1),
    ],
    source: 'heuristic',
    llm: null,
    llm_error: null,
  };
}

const finding = (ruleId: string, line: number, column = 7, severity: A11yFinding['severity'] = 'error'): A11yFinding => ({
  ruleId,
  message: `${ruleId} says`,
  line,
  column,
  severity,
  helpUrl: `https://example.test/${ruleId}`,
});

describe('a11y: mergeA11y arithmetic, by hand', () => {
  // alt-text ×3 (error): 3.5 × (1 + 0.5 × (3 − 1)) = 7.0; input-label ×1 (warning): 2.0 → 10 − 9.0 = 1.0
  const findings = [finding('jsx-a11y/alt-text', 12), finding('jsx-a11y/alt-text', 4), finding('jsx-a11y/alt-text', 9)];

  it('recomputes the factor, the overall score and the violations', () => {
    const merged = mergeA11y(fixture(), { findings });
    assert.deepEqual(scoreResponseSchema.parse(merged), merged);
    assert.equal(merged.factors.accessibility!.score, 1);
    assert.equal(merged.factors.accessibility!.weight, 0.2558);
    // (0.22×1 + 0.09×10 + 0.11×8 + 0.12×8 + 0.09×10 + 0.15×10 + 0.08×10) / 0.86 = 6.16 / 0.86 = 7.1628 → 7.16
    assert.equal(merged.heuristic_score, 7.16);
    assert.equal(merged.score, 7.16);
    assert.equal(merged.confidence, 0.81);
    assert.deepEqual(
      merged.violations.map((v) => [v.rule, v.line]),
      [
        ['a11y/input-label', 6],
        ['jsx-a11y/alt-text', 4],
        ['jsx-a11y/alt-text', 9],
        ['jsx-a11y/alt-text', 12],
        ['resp/fixed-width', 2],
        ['maint/any', 1],
      ],
    );
    assert.deepEqual(merged.violations[1], {
      rule: 'jsx-a11y/alt-text',
      factor: 'accessibility',
      severity: 'error',
      message: 'jsx-a11y/alt-text says',
      line: 4,
      hint: 'https://example.test/jsx-a11y/alt-text',
    });
    assert.equal(
      merged.factors.accessibility!.explanation,
      'JSX checked with eslint-plugin-jsx-a11y (recommended rules), plus the heuristics it does not cover. ' +
        '4 issue(s): a11y/input-label message; jsx-a11y/alt-text says.',
    );
    assert.deepEqual(merged.factors.responsiveness, fixture().factors.responsiveness);
  });

  it("re-blends a 'heuristic+llm' score as judge.py does", () => {
    // (0.7 × 7.93 + 0.3 × 6) / 1.0 = 7.351 → 7.35 before; (0.7 × 7.16 + 0.3 × 6) = 6.812 → 6.81 after
    const withLlm: ScoreResponse = { ...fixture(), score: 7.35, confidence: 0.91, source: 'heuristic+llm', llm: { provider: 'ollama', score: 6, notes: '' } };
    const merged = mergeA11y(withLlm, { findings });
    assert.equal(merged.heuristic_score, 7.16);
    assert.equal(merged.score, 6.81);
    assert.equal(merged.confidence, 0.91);
    assert.equal(merged.source, 'heuristic+llm');
    assert.deepEqual(merged.llm, withLlm.llm);
  });

  it('ports blend exactly (the sidecar computes the same numbers)', () => {
    const inputs: [number, number, number][] = [
      [7.16, 0.81, 6],
      [7.93, 0.81, 6],
      [0, 0, 10],
      [10, 0.95, 0],
      [3.33, 0.5, 7.77],
      [5.55, 0.99, 4.45],
      [8.125, 0.3, 2.5],
      [1.01, 0.125, 9.99],
    ];
    const ts = inputs.map(([h, c, l]) => blend(h, c, l, ruleset())).map((b) => [b.score, b.confidence]);
    assert.deepEqual(ts, pythonBlend(inputs));
  });

  it('costs a rule at most max_counted_matches and reports at most max_reports_per_rule', () => {
    const many = Array.from({ length: 12 }, (_, i) => finding('jsx-a11y/aria-props', 20 - i));
    const merged = mergeA11y(fixture(), { findings: many });
    // aria-props ×12 counts as 5: 3.5 × (1 + 0.5 × 4) = 10.5; + input-label 2.0 → clamped to 0
    assert.equal(merged.factors.accessibility!.score, 0);
    const reported = merged.violations.filter((v) => v.rule === 'jsx-a11y/aria-props');
    assert.equal(reported.length, 10);
    assert.deepEqual(
      reported.map((v) => v.line),
      [9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
    );
  });

  it('a warning-level finding costs a warning; line order breaks ties by column, then rule', () => {
    const merged = mergeA11y(fixture(), {
      findings: [finding('jsx-a11y/no-autofocus', 3, 9, 'warning'), finding('jsx-a11y/aria-role', 3, 9), finding('jsx-a11y/alt-text', 3, 2)],
    });
    // 10 − (2.0 input-label + 2.0 no-autofocus + 3.5 aria-role + 3.5 alt-text) → 0 (clamped at 0 from −1.0)
    assert.equal(merged.factors.accessibility!.score, 0);
    assert.deepEqual(
      merged.violations.filter((v) => v.rule.startsWith('jsx-a11y/')).map((v) => v.rule),
      ['jsx-a11y/alt-text', 'jsx-a11y/aria-role', 'jsx-a11y/no-autofocus'],
    );
    const one = mergeA11y(fixture(), { findings: [finding('jsx-a11y/no-autofocus', 3, 9, 'warning')] });
    assert.equal(one.factors.accessibility!.score, 6); // 10 − 2.0 − 2.0
  });

  it('leaves the overall score alone when the factor does not move, and merging twice changes nothing', () => {
    // without autofocus: img-alt 3.5 + input-label 2.0 → 4.5, overall (6.82 + 0.22 × 0.5) / 0.86 = 8.058 → 8.06;
    // jsx-a11y's alt-text ×1 (3.5) takes img-alt's place: still 4.5
    const base = fixture();
    base.violations = base.violations.filter((v) => v.rule !== 'a11y/autofocus');
    base.factors.accessibility = { ...base.factors.accessibility!, score: 4.5 };
    base.score = base.heuristic_score = 8.06;
    const merged = mergeA11y(base, { findings: [finding('jsx-a11y/alt-text', 4)] });
    assert.equal(merged.factors.accessibility!.score, 4.5);
    assert.equal(merged.score, base.score);
    assert.equal(merged.heuristic_score, base.heuristic_score);
    const twice = mergeA11y(mergeA11y(fixture(), { findings }), { findings });
    assert.deepEqual(twice, mergeA11y(fixture(), { findings }));
  });

  it("recomputes the overall exactly as the scorer does (golden cases, with and without a prompt)", () => {
    const golden = JSON.parse(readFileSync(path.join(ROOT, 'python/siza_ml/rules/golden/score_cases.json'), 'utf8')) as {
      cases: { framework: ScoreRequest['framework'] | null; code: string | string[] }[];
    };
    let checked = 0;
    for (const c of golden.cases) {
      for (const prompt of [undefined, 'a pricing card with an annual toggle and a feature list', 'modal dialog form tables tabs zzz']) {
        const code = Array.isArray(c.code) ? c.code.join('\n') : c.code;
        const r = scoreHeuristic({ code, ...(c.framework ? { framework: c.framework } : {}), ...(prompt ? { prompt } : {}) });
        if (r.violations.some((v) => COVERED.has(v.rule))) continue;
        // a stale factor score forces the recomputation; the true value must give the scorer's own overall back
        const stale = { ...r, factors: { ...r.factors, accessibility: { ...r.factors.accessibility!, score: 99 } } };
        const merged = mergeA11y(stale, { findings: [] });
        assert.equal(merged.factors.accessibility!.score, r.factors.accessibility!.score);
        assert.equal(merged.heuristic_score, r.score, `${code.slice(0, 40)} / ${prompt}`);
        checked++;
      }
    }
    assert.ok(checked >= 20, `${checked}`);
  });

  it('returns the score untouched when lint did not run', () => {
    const score = fixture();
    assert.equal(mergeA11y(score, { findings: [], parseError: 'Parsing error: x (1:1)' }), score);
    assert.equal(mergeA11y(score, { findings: [], error: 'boom' }), score);
  });

  it("counts the remaining heuristic rules from the code when given (the response reports at most 10 a rule's hits)", () => {
    const inputs = Array.from({ length: 12 }, (_, i) => `      <input type="text" name="f${i}" />`);
    const code = lines('export function Form() {', '  return (', '    <form>', ...inputs, '    </form>', '  );', '}');
    const score = scoreHeuristic({ code, framework: 'react' });
    const counts = ruleHitCounts(code, ruleset(), 'react', 'accessibility');
    assert.equal(counts.get('a11y/input-label'), 12);
    assert.equal(score.violations.filter((v) => v.rule === 'a11y/input-label').length, 10);
    // 12 hits or 10 reported both count as 5 here: 2.0 × 3 = 6.0 → 4.0 either way
    assert.equal(mergeA11y(score, { findings: [] }, { heuristicCounts: counts }).factors.accessibility!.score, 4);
    assert.deepEqual(mergeA11y(score, { findings: [] }, { heuristicCounts: counts }), mergeA11y(score, { findings: [] }));
  });
});

const TSX_COMPONENT = lines(
  'import { useState } from "react";',
  'type Plan = { id: string; name: string; price: number };',
  'export function Pricing({ plans }: { plans: Plan[] }) {',
  '  const [annual, setAnnual] = useState<boolean>(false);',
  '  return (',
  '    <section className="pricing">',
  '      <img src="/hero.png" />',
  '      <div onClick={() => setAnnual(!annual)}>Toggle annual</div>',
  '      <input type="checkbox" autoFocus />',
  '      {plans.map((p) => (',
  '        <article key={p.id} tabIndex={2}>',
  '          <h3>{p.name}</h3>',
  // a control whose outline is removed with no focus style (the heuristic a11y/outline-none, which jsx-a11y does not cover)
  '          <a href="#" className="outline-none">Buy for {p.price}</a>',
  '        </article>',
  '      ))}',
  '    </section>',
  '  );',
  '}',
);

describe('a11y: analyseA11y on either tier', () => {
  it('merges the same way into the sidecar’s response and the TypeScript tier’s', function () {
    this.timeout(120_000);
    const golden = JSON.parse(readFileSync(path.join(ROOT, 'python/siza_ml/rules/golden/score_cases.json'), 'utf8')) as {
      cases: { id: string; framework: string | null; prompt: string | null; component_type: string | null; code: string | string[] }[];
    };
    const reactCases = golden.cases.filter((c) => c.id.startsWith('react-') || c.framework === 'react');
    assert.ok(reactCases.length >= 4);
    const requests: ScoreRequest[] = [
      { code: TSX_COMPONENT },
      { code: TSX_COMPONENT, framework: 'react', prompt: 'a pricing table with an annual toggle' },
      ...reactCases.map((c) => ({
        code: Array.isArray(c.code) ? c.code.join('\n') : c.code,
        ...(c.prompt ? { prompt: c.prompt } : {}),
        ...(c.component_type ? { component_type: c.component_type } : {}),
      })),
    ];
    const sidecar = pythonScores(requests).map((r) => scoreResponseSchema.parse(r));
    // the LLM tier: the sidecar's own blend with a judgement of 5.5, before and after the merge
    const blendedBefore = pythonBlend(sidecar.map((r) => [r.score, r.confidence, 5.5]));
    const ours = requests.map((req) => analyseA11y(scoreHeuristic(req), req.code, { file: 'Component.tsx' }));
    const blendedAfter = pythonBlend(ours.map((r) => [r.score.heuristic_score, 0, 5.5]));
    let changed = 0;
    requests.forEach((req, i) => {
      const theirs = analyseA11y(sidecar[i]!, req.code, { file: 'Component.tsx' });
      assert.ok(ours[i]!.ran, ours[i]!.skipped);
      assert.deepEqual(theirs, ours[i], `request ${i}`);
      if (ours[i]!.score.score !== sidecar[i]!.score) changed++;
      const [score, confidence] = blendedBefore[i]!;
      const withLlm: ScoreResponse = { ...sidecar[i]!, score, confidence, source: 'heuristic+llm', llm: { provider: 'test', score: 5.5, notes: '' } };
      const merged = analyseA11y(withLlm, req.code, { file: 'Component.tsx' }).score;
      assert.equal(merged.heuristic_score, ours[i]!.score.heuristic_score);
      assert.equal(merged.score, blendedAfter[i]![0]);
      assert.equal(merged.confidence, confidence);
    });
    assert.ok(changed > 0);
  });

  it('replaces the covered heuristics on a real component and keeps the others', () => {
    const before = scoreHeuristic({ code: TSX_COMPONENT });
    const r = analyseA11y(before, TSX_COMPONENT, { file: 'src/Pricing.tsx' });
    assert.ok(r.ran);
    const rules = new Set(r.score.violations.filter((v) => v.factor === 'accessibility').map((v) => v.rule));
    for (const covered of COVERED.keys()) assert.ok(!rules.has(covered), covered);
    assert.ok(rules.has('a11y/input-label') && rules.has('a11y/outline-none'), [...rules].join());
    for (const id of ['alt-text', 'click-events-have-key-events', 'no-static-element-interactions', 'no-autofocus', 'tabindex-no-positive', 'anchor-is-valid']) {
      assert.ok(rules.has(`jsx-a11y/${id}`), id);
    }
    assert.deepEqual(rulesOf(r.findings), rulesOf(lint(TSX_COMPONENT).findings));
  });

  it('runs Vue through vuejs-accessibility, and leaves code no synchronous analyser reads untouched', () => {
    const vue = '<template>\n  <img src="a.png">\n  <div @click="go">x</div>\n</template>\n<script setup>\nconst go = () => {};\n</script>\n';
    const html = '<html><body><img src="a.png"><a>Home</a></body></html>';
    for (const file of ['Card.vue', undefined]) {
      const r = analyseA11y(scoreHeuristic({ code: vue }), vue, { file });
      assert.equal(r.ran, true, r.skipped);
      assert.ok(r.findings.some((f) => f.ruleId === 'vuejs-accessibility/alt-text' && f.line === 2), JSON.stringify(r.findings));
    }
    // HTML: axe-core runs in analyse() (asynchronously); a .ts file holds no JSX and no template
    for (const [code, file] of [
      [html, 'index.html'],
      [TSX_COMPONENT, 'types.ts'],
    ] as const) {
      const score = scoreHeuristic({ code });
      const r = analyseA11y(score, code, { file });
      assert.equal(r.score, score);
      assert.equal(r.ran, false);
      assert.deepEqual(r.findings, []);
    }
  });

  it('has one analyser per prefix, in the order PREFIXES declares them (a finding names its analyser)', () => {
    assert.deepEqual(ANALYSERS.map((a) => a.prefix), Object.values(PREFIXES));
  });

  it('lints React by framework or by .tsx/.jsx extension', () => {
    assert.equal(jsxDialect('react', 'a/B.tsx'), 'tsx');
    assert.equal(jsxDialect('html', 'a/B.tsx'), 'tsx');
    assert.equal(jsxDialect('vue', 'B.JSX'), 'jsx');
    assert.equal(jsxDialect('react', 'B.js'), 'jsx');
    assert.equal(jsxDialect('react', undefined), 'tsx');
    assert.equal(jsxDialect('react', 'B.ts'), null);
    assert.equal(jsxDialect('react', 'B.vue'), null);
    assert.equal(jsxDialect('html', 'B.js'), null);
    assert.equal(jsxDialect('svelte', undefined), null);
  });

  it('keeps the heuristic score when the code does not parse', () => {
    const code = 'export const A = () => <div><img src="a.png"></div>;';
    const score = scoreHeuristic({ code, framework: 'react' });
    const r = analyseA11y(score, code, { file: 'A.jsx' });
    assert.equal(r.ran, false);
    assert.equal(r.score, score);
    assert.match(r.skipped ?? '', /^Parsing error/);
  });
});
