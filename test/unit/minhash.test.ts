import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { codeTokens, DUPLICATE_JACCARD, jaccard, signature } from '../../src/core/similar/minhash';
import { ROOT } from './helpers';

const sample = (rel: string) => readFileSync(path.join(ROOT, 'test/fixtures/sample-workspace/src/components', rel), 'utf8');

describe('MinHash near-duplicate detection', () => {
  it('ignores comments and whitespace, and the component name', () => {
    assert.deepEqual(codeTokens('/* a */ const  X = 1; // b\n<!-- c -->', 'X'), ['const', '$NAME', '=', '1', ';']);
  });

  it('sees a renamed, re-commented copy as a duplicate', () => {
    const button = signature(sample('Button.tsx'), 'Button');
    const copy = signature(sample('legacy/OldButton.tsx'), 'OldButton');
    assert.ok(jaccard(button, copy) >= DUPLICATE_JACCARD, `${jaccard(button, copy)}`);
    assert.equal(jaccard(button, button), 1);
  });

  it('does not see different components of the same kind as duplicates', () => {
    const card = signature(sample('Card.tsx'), 'Card');
    const button = signature(sample('Button.tsx'), 'Button');
    const unsafe = signature(sample('Unsafe.tsx'), 'UnsafeBanner');
    assert.ok(jaccard(card, button) < 0.3, `${jaccard(card, button)}`);
    assert.ok(jaccard(unsafe, button) < 0.3);
    const edited = sample('Button.tsx').replace("'bg-transparent text-blue-700'", "'border border-blue-700 text-blue-700'").replace('rounded px-4 py-2', 'rounded-full px-6 py-3 shadow');
    const similar = jaccard(signature(edited, 'Button'), signature(sample('Button.tsx'), 'Button'));
    assert.ok(similar > 0.4 && similar < 1, `a restyled copy is related but not identical (${similar})`);
  });

  it('gives no signature for trivial code, and such code matches nothing', () => {
    assert.deepEqual(signature('x'), []);
    assert.equal(jaccard([], []), 0);
  });
});
