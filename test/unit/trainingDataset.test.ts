import * as assert from 'node:assert/strict';
import { buildDataset, pairsFromComponents, pairsFromFeedback, toJsonl, workspacePrompt } from '../../src/core/training/dataset';

const CODE = (n: string) => `export function ${n}() {\n  return <button type="button">${n}</button>;\n}\n`;

describe('fine-tuning dataset', () => {
  it('takes accepted generations from the feedback log; rejected and malformed lines are skipped and counted', () => {
    const lines = [
      JSON.stringify({ verdict: 'accepted', description: 'a save button', framework: 'react', code: CODE('Save') }),
      JSON.stringify({ verdict: 'rejected', description: 'a bad one', framework: 'react', code: CODE('Bad') }),
      '{"verdict": "accepted", "description": ',
      '',
      JSON.stringify({ verdict: 'accepted', description: 'no code', framework: 'vue' }),
    ].join('\n');
    const { pairs, skipped } = pairsFromFeedback(lines);
    assert.equal(skipped, 3);
    assert.deepEqual(pairs, [{ prompt: 'Write a React (TSX) component: a save button', completion: CODE('Save'), source: 'feedback' }]);
  });

  it('workspace components become prompts that name them and their framework', () => {
    assert.equal(workspacePrompt({ name: 'PricingTable', framework: 'vue', file: 'x.vue', code: '' }), 'Write the Vue 3 single-file component PricingTable: a pricing table.');
  });

  it('each code once (whitespace aside), feedback first; too short or too long left out; deterministic order', () => {
    const fb = pairsFromFeedback(JSON.stringify({ verdict: 'accepted', description: 'save', framework: 'react', code: CODE('Save') })).pairs;
    const ws = pairsFromComponents([
      { name: 'Save', framework: 'react', file: 'a.tsx', code: CODE('Save').replace(/\n/g, '\n\n') },
      { name: 'Tiny', framework: 'react', file: 'b.tsx', code: 'x' },
      { name: 'Huge', framework: 'react', file: 'c.tsx', code: 'x'.repeat(7_000) },
      ...['A', 'B', 'C', 'D'].map((n) => ({ name: n, framework: 'react', file: `${n}.tsx`, code: CODE(n) })),
    ]);
    const d = buildDataset(fb, ws, 1);
    assert.equal(d.fromFeedback, 1);
    assert.equal(d.fromWorkspace, 4);
    assert.equal(d.dropped, 3);
    assert.deepEqual(buildDataset(fb, ws, 1).pairs, d.pairs);
    const lines = toJsonl(d.pairs).trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    assert.equal(lines.length, 5);
    assert.deepEqual(Object.keys(lines[0]!), ['prompt', 'completion']);
  });
});
