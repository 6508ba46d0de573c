import * as assert from 'node:assert/strict';
import { GitignoreRules, gitignoreDir } from '../../src/core/gitignore';

describe('GitignoreRules (the ignore package, nested files)', () => {
  const rules = new GitignoreRules();
  rules.add('', 'build/\n*.gen.tsx\n!keep.gen.tsx\n/rootonly.vue\n');
  rules.add('packages/ui', 'stories/\n*.draft.svelte\n');

  it('applies the root rules everywhere below it, with negation and anchoring', () => {
    assert.equal(rules.ignores('build/Button.tsx'), true);
    assert.equal(rules.ignores('src/build/Button.tsx'), true, 'a directory rule matches at any depth');
    assert.equal(rules.ignores('src/Icon.gen.tsx'), true);
    assert.equal(rules.ignores('src/keep.gen.tsx'), false);
    assert.equal(rules.ignores('rootonly.vue'), true);
    assert.equal(rules.ignores('src/rootonly.vue'), false, 'a leading slash anchors to the folder of the .gitignore');
    assert.equal(rules.ignores('src/Button.tsx'), false);
  });

  it('applies a nested .gitignore only below its folder', () => {
    assert.equal(rules.ignores('packages/ui/stories/Card.tsx'), true);
    assert.equal(rules.ignores('packages/ui/src/Menu.draft.svelte'), true);
    assert.equal(rules.ignores('stories/Card.tsx'), false);
    assert.equal(rules.ignores('packages/other/Menu.draft.svelte'), false);
  });

  it('knows which folder a .gitignore governs', () => {
    assert.equal(gitignoreDir('.gitignore'), '');
    assert.equal(gitignoreDir('packages/ui/.gitignore'), 'packages/ui');
  });
});
