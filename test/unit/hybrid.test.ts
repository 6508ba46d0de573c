import * as assert from 'node:assert/strict';
import { cardFields, componentCard } from '../../src/core/similar/card';
import { fuseHits, fuseRankings, LexicalIndex, matchedWords, RRF_K } from '../../src/core/similar/hybrid';
import { meaningsOf } from '../../src/core/similar/vocabulary';

const card = (name: string, code: string, path?: string) => componentCard({ name, framework: 'react', code, ...(path ? { path } : {}) });

describe('hybrid retrieval (core/similar)', () => {
  const skeleton = card('SkeletonText', 'export function SkeletonText() { return <div className="skeleton" />; }', 'src/Skeleton/SkeletonText.tsx');
  const tags = card('TagGroup', 'export function TagGroup({ tags }) { return <ul>{tags.map((t) => <li>{t}</li>)}</ul>; }');
  const save = card('SaveButton', 'export function SaveButton() { return <button type="submit">Save changes</button>; }');

  it('a term of art in the name brings its plain description onto the card; the longest term wins', () => {
    assert.match(meaningsOf('skeleton text', []), /^skeleton, placeholder, shimmer, ghost: grey blocks/);
    assert.match(meaningsOf('split button', []), /^split button, combo button, dropdown button: /, 'not the plain "button"');
    assert.match(meaningsOf('item', ['navigation', 'breadcrumb']), /^breadcrumb, breadcrumbs, crumbs: /, 'a folder name counts too');
    assert.equal(meaningsOf('foo bar', ['baz']), '');
    assert.ok(meaningsOf('data table toolbar search filter', []).split('. ').length <= 3, 'at most three entries');
    assert.match(skeleton, /\nmeans: skeleton, .*loading/);
  });

  it('splits a card back into its fields', () => {
    const f = cardFields(save);
    assert.equal(f.name, 'save button');
    assert.match(f.text ?? '', /Save changes/);
    assert.match(f.elements ?? '', /button/);
    assert.match(f.markup ?? '', /<button type="submit">/);
  });

  it('finds cards by shared words, stemmed, stop words ignored; replaces, removes and survives JSON', () => {
    const ix = new LexicalIndex();
    ix.set('s', skeleton, { name: 'SkeletonText' });
    ix.set('t', tags, { name: 'TagGroup' });
    ix.set('b', save);
    assert.equal(ix.search('grey blocks while the content is loading', 3)[0]?.id, 's');
    assert.equal(ix.search('several tags in a row', 3)[0]?.id, 't', '"tags" finds the card that says "tag"');
    assert.deepEqual(ix.search('the and of a', 3), [], 'stop words alone match nothing');
    assert.deepEqual(ix.search('   ', 3), []);
    const back = LexicalIndex.fromJSON(JSON.stringify(ix));
    assert.equal(back.size, 3);
    assert.deepEqual(back.search('save changes', 1)[0]?.metadata, {});
    assert.deepEqual(back.search('shimmer', 1)[0]?.metadata, { name: 'SkeletonText' });
    back.set('b', card('SaveButton', 'export function SaveButton() { return <button>Store</button>; }'));
    assert.equal(back.size, 3, 'set replaces');
    assert.deepEqual(back.search('changes', 3), []);
    back.remove('s');
    back.remove('missing');
    assert.equal(back.search('shimmer', 3).length, 0);
  });

  it('a pasted file of thousands of lines is a bounded query', () => {
    const ix = new LexicalIndex();
    ix.set('b', save);
    const pasted = `${'const unrelated = 1;\n'.repeat(5_000)}save`;
    assert.deepEqual(ix.search(pasted, 5), [], 'only its first characters are read');
    assert.equal(ix.search(`save ${'x '.repeat(50_000)}`, 5)[0]?.id, 'b');
  });

  it('fuses rankings by reciprocal rank: agreement beats one list\'s first place', () => {
    const fused = fuseRankings([['a', 'b', 'c'], ['b', 'd']]);
    assert.deepEqual(fused.map((f) => f.id), ['b', 'a', 'd', 'c']);
    assert.equal(fused[0]!.score, 1 / (RRF_K + 2) + 1 / (RRF_K + 1));
    assert.deepEqual(fuseRankings([['a'], ['b']], [1, 2]).map((f) => f.id), ['b', 'a'], 'weights count');
  });

  it('fused hits keep the dense similarity where it is known and say which words matched', () => {
    const ix = new LexicalIndex();
    ix.set('t', tags, { name: 'TagGroup' });
    const query = 'Tags shown in a row';
    const hits = fuseHits(query, [{ id: 'x', score: 0.61, metadata: { name: 'X' } }], ix.search(query, 5));
    const t = hits.find((h) => h.id === 't')!;
    const x = hits.find((h) => h.id === 'x')!;
    assert.equal(t.similarity, undefined, 'found on words alone: no similarity is made up');
    assert.deepEqual(t.metadata, { name: 'TagGroup' });
    assert.ok(t.matched.some((m) => m.startsWith('tags (')), JSON.stringify(t.matched));
    assert.equal(x.similarity, 0.61);
    assert.deepEqual(x.matched, []);
    assert.deepEqual(matchedWords('Tags tags TAGS', { tag: ['name'] }), ['tags (name)'], 'each word once');
  });
});
