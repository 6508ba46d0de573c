import * as assert from 'node:assert/strict';
import { compilePattern, type PatternSpec } from '../../src/core/pycompat/pattern';
import { codePointPrefix, collapseSpace, countNonBlankLines, oneUnitPerCodePoint, pyRound, pyStrip } from '../../src/core/pycompat/builtins';
import { pythonRound, pythonSpans } from './pythonTier';
import { seeded } from './tierInputs';

/** The Python built-ins and `re` semantics the rule engines depend on, checked against CPython itself. */
describe('python compatibility of the rule engines', () => {
  it('rounds half-even on the exact binary value, as round() does', () => {
    assert.equal(pyRound(0.125, 2), 0.12);
    assert.equal(pyRound(0.375, 2), 0.38);
    assert.equal(pyRound(2.675, 2), 2.67);
    assert.ok(Object.is(pyRound(-0.001, 2), -0));
    const next = seeded(42);
    const pairs: [number, number][] = [];
    for (let i = 0; i < 2000; i++) pairs.push([Math.round(next() * 100_000) / 1000 + (i % 3 === 0 ? 0.0005 : 0), i % 5]);
    for (let k = 0; k <= 1000; k++) pairs.push([k / 200, 2], [k / 8, 2], [k / 16, 3], [k * 0.005, 2], [-(k + 1) * 0.005, 2]);
    pairs.push([1e-30, 2], [123456789.125, 2], [5e-324, 2], [1.7976931348623157e308, 2]);
    const expected = pythonRound(pairs);
    pairs.forEach(([x, d], i) => assert.ok(Object.is(pyRound(x, d), expected[i]), `round(${x}, ${d}): ${pyRound(x, d)} != ${expected[i]}`));
  });

  it("uses str.isspace's whitespace, not JavaScript's", () => {
    assert.equal(pyStrip('\ufeff x \x1c\x85'), '\ufeff x');
    assert.equal(collapseSpace(' a\u00a0\u2028b\x1f\tc\ufeffd '), 'a b c\ufeffd');
    assert.equal(countNonBlankLines('a\r\nb\rc\x0bd\x1ce\u2028f\n \n\t'), 6);
    assert.equal(codePointPrefix('😀ab😀', 3), '😀ab');
    assert.equal(oneUnitPerCodePoint('a😀b\ud800c').length, 5);
  });

  it("matches what Python's re matches (with re.ASCII), span for span", () => {
    const specs: PatternSpec[] = [
      { regex: 'x$' },
      { regex: 'x$', flags: 'm' },
      { regex: '^x', flags: 'm' },
      { regex: '^x' },
      { regex: '(?:^|[;{}(\\s])x\\s*$', flags: 'm' },
      { regex: 'a.b' },
      { regex: 'a.b', flags: 's' },
      { regex: 'a.{1,3}b', flags: 'is' },
      { regex: '\\s+' },
      { regex: '\\S+' },
      { regex: '[\\s\\S]{0,3}?b' },
      { regex: '[^\\s>]+' },
      { regex: '[\\S]+' },
      { regex: '\\bclass\\b', flags: 'i' },
      { regex: 'k[a-z]+', flags: 'i' },
      { regex: '\\w+\\d*' },
      { regex: '[^<]{0,3}<' },
      { regex: '€|£|\\$' },
    ];
    const texts = [
      'x\nx\n',
      'x\r\nx\rx\u2028x\u2029x',
      'a\nb a\rb a\u2028b a😀b a😀😀b aXb',
      ' \t\u00a0x\ufeff\u3000y\x1cz\x85 \x0b\f',
      'CLASS claſs \u212aey Key kEY İclass',
      '😀😀<😀<abc<',
      'x;\u2028x; x;\nx',
      '€5 £3 $2 €',
      '١٢٣ 123 abc_1',
    ];
    const cases: [PatternSpec, string][] = specs.flatMap((s) => texts.map((t): [PatternSpec, string] => [s, t]));
    const expected = pythonSpans(cases);
    cases.forEach(([spec, text], i) => {
      const p = compilePattern(spec);
      const spans = [...p.finditer(oneUnitPerCodePoint(text))].map((m) => [m.index, m.index + m[0].length]);
      assert.deepEqual(spans, expected[i], `${JSON.stringify(spec)} on ${JSON.stringify(text)}`);
    });
  });

  it('rejects a class that the two engines would read differently', () => {
    assert.throws(() => compilePattern({ regex: '[]a]' }), /not portable/);
  });
});
