import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { codeTokens, DUPLICATE_JACCARD, isNearCopy, jaccard, signature, SMALL_COMPONENT_TOKENS } from '../../src/core/similar/minhash';
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

  it('a renamed copy keeps its props type\'s place; thin wrappers of different components are not copies', () => {
    assert.deepEqual(codeTokens('(p: ButtonProps) => <ButtonBase {...p} />', 'Button').slice(0, 4), ['(', 'p', ':', '$NAMEProps']);
    const wrapper = (name: string) => `export const ${name} = forwardRef((props: ${name}Props, ref: React.Ref<any>) => (\n  <${name}Base innerRef={ref} {...props} />\n));`;
    const [top, menu] = [wrapper('BackToTop'), wrapper('Dropdown')];
    const tokens = codeTokens(top, 'BackToTop').length;
    assert.ok(tokens < SMALL_COMPONENT_TOKENS, `${tokens}`);
    assert.equal(isNearCopy(signature(top, 'BackToTop'), signature(menu, 'Dropdown'), tokens), false, 'they differ in the component they wrap');
    assert.equal(isNearCopy(signature(top, 'BackToTop'), signature(wrapper('LegacyBackToTop').replace('LegacyBackToTopBase', 'BackToTopBase'), 'LegacyBackToTop'), tokens), true, 'a renamed copy of it is');
  });

  it('gives no signature for trivial code, and such code matches nothing', () => {
    assert.deepEqual(signature('x'), []);
    assert.equal(jaccard([], []), 0);
  });
});
