import * as assert from 'node:assert/strict';
import { RowMatrix } from '../../src/store/matrix';

/** A seeded generator, so a failure repeats. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) - 0.5;
}

describe('RowMatrix.topK', () => {
  const dims = 37; // not a multiple of 4: the unrolled loop's tail is exercised
  const next = rng(7);
  const m = new RowMatrix(dims);
  const rows = Array.from({ length: 500 }, () => Float32Array.from({ length: dims }, next));
  rows.forEach((r) => m.push(r));
  // a row pushed twice: ties must still come back, once each
  m.push(rows[3]!);
  const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, j) => s + x * b[j]!, 0);

  it('is the exact top k of every row, best first, as a full sort gives it', () => {
    for (let t = 0; t < 20; t++) {
      const q = Float32Array.from({ length: dims }, next);
      const all = [...rows, rows[3]!].map((r, row) => ({ row, score: dot(r, q) })).sort((a, b) => b.score - a.score);
      for (const k of [1, 5, 50]) {
        const got = m.topK(q, k);
        assert.deepEqual(got.map((g) => g.row).sort((a, b) => a - b), all.slice(0, k).map((g) => g.row).sort((a, b) => a - b));
        got.forEach((g, i) => assert.ok(Math.abs(g.score - all[i]!.score) < 1e-9, `score ${i}`));
        for (let i = 1; i < got.length; i++) assert.ok(got[i - 1]!.score >= got[i]!.score, 'best first');
      }
    }
  });

  it('searches only the candidates it is given, and k beyond their number gives them all', () => {
    const q = rows[10]!;
    const got = m.topK(q, 10, [10, 20, 30]);
    assert.deepEqual(got.map((g) => g.row), [10, ...[20, 30].sort((a, b) => dot(rows[b]!, q) - dot(rows[a]!, q))]);
    assert.deepEqual(m.topK(q, 0), []);
  });
});
