import * as assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { highlightAdditions, missingAdditions } from '../../src/webview-ui/enhanceMarks';
import { ASSET_ROOTS, contentSecurityPolicy, escapeHtml, newNonce, renderShell } from '../../src/webviews/html';
import { enhanceFromWebview } from '../../src/enhance/protocol';
import { generateFromWebview } from '../../src/generate/protocol';
import { MAX_QUERY_CHARS, similarFromWebview } from '../../src/similar/protocol';
import { parseMessage } from '../../src/webviews/protocol';
import { scoreFromWebview } from '../../src/quality/protocol';

/** The webviews' host-side hygiene: the HTML shell and its CSP, message validation, the additions' highlighting. */

const CSP_SOURCE = 'https://*.vscode-cdn.net';
const asset = (root: string, file: string) => `https://file+.vscode-resource.vscode-cdn.net/ext/${root}/${file}`;

function parse(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('webview HTML shell', () => {
  const html = renderShell({ cspSource: CSP_SOURCE, asset, view: 'score', title: 'Score "x" <y>', nonce: 'abc123+/=' });
  const doc = parse(html);

  it('carries the strict CSP: nothing by default, our assets, scripts only by nonce', () => {
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    assert.ok(meta, 'a CSP meta tag');
    const csp = meta.getAttribute('content')!;
    assert.equal(csp, contentSecurityPolicy(CSP_SOURCE, 'abc123+/='));
    assert.equal(
      csp,
      `default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE}; font-src ${CSP_SOURCE}; script-src 'nonce-abc123+/='`,
    );
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*;|'self'/);
  });

  it('puts the nonce on every script and has no inline script or style', () => {
    const scripts = [...doc.querySelectorAll('script')];
    assert.equal(scripts.length, 1);
    for (const s of scripts) {
      assert.equal(s.getAttribute('nonce'), 'abc123+/=');
      assert.ok(s.getAttribute('src'), 'an external script');
      assert.equal(s.textContent, '');
    }
    assert.equal(doc.querySelectorAll('style').length, 0);
    assert.equal(doc.querySelectorAll('[style]').length, 0);
    assert.doesNotMatch(html, /\son\w+=/i);
  });

  it('loads only from the asset roots: the view script, codicons, the shared and the view CSS', () => {
    assert.deepEqual([...ASSET_ROOTS], ['dist/webview', 'media']);
    const hrefs = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'));
    assert.deepEqual(hrefs, [asset('dist/webview', 'codicon.css'), asset('media', 'webview.css'), asset('media', 'score.css')]);
    assert.equal(doc.querySelector('script')!.getAttribute('src'), asset('dist/webview', 'score.js'));
    assert.equal(doc.body.getAttribute('data-siza-view'), 'score');
    assert.ok(doc.getElementById('app'));
  });

  it('escapes the title and draws a fresh nonce per render', () => {
    assert.equal(doc.title, 'Score "x" <y>');
    assert.match(html, /<title>Score &quot;x&quot; &lt;y&gt;<\/title>/);
    assert.equal(escapeHtml(`<a href='x'>&`), '&lt;a href=&#39;x&#39;&gt;&amp;');
    const a = renderShell({ cspSource: CSP_SOURCE, asset, view: 'similar', title: 't' });
    const b = renderShell({ cspSource: CSP_SOURCE, asset, view: 'similar', title: 't' });
    const nonceOf = (h: string) => /nonce="([^"]+)"/.exec(h)![1];
    assert.notEqual(nonceOf(a), nonceOf(b));
    assert.ok(Buffer.from(newNonce(), 'base64').length >= 16, '128 bits at least');
  });
});

describe('webview messages (validated on the host)', () => {
  const ok = <T>(r: { ok: true; message: T } | { ok: false; error: string }) => {
    assert.ok(r.ok, r.ok ? '' : r.error);
    return r.message;
  };
  const rejected = (schema: Parameters<typeof parseMessage>[0], raw: unknown) => assert.equal(parseMessage(schema, raw).ok, false, JSON.stringify(raw));

  it('accepts the messages each webview sends', () => {
    assert.deepEqual(ok(parseMessage(scoreFromWebview, { type: 'reveal', line: 3 })), { type: 'reveal', line: 3 });
    assert.deepEqual(ok(parseMessage(scoreFromWebview, { type: 'ready' })), { type: 'ready' });
    for (const type of ['ready', 'copy', 'replace', 'openUntitled']) ok(parseMessage(enhanceFromWebview, { type }));
    ok(parseMessage(similarFromWebview, { type: 'ready' }));
    ok(parseMessage(similarFromWebview, { type: 'ready', query: 'a card' }));
    ok(parseMessage(similarFromWebview, { type: 'search', query: '' }));
    ok(parseMessage(similarFromWebview, { type: 'open', id: 'ws:card' }));
  });

  it('rejects anything else: unknown types, extra keys, wrong types, out-of-range values', () => {
    for (const raw of [null, 'reveal', 42, [], {}, { type: 'eval', code: '1' }, { type: 'reveal' }, { type: 'reveal', line: 0 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' }, { type: 'reveal', line: 3, uri: 'file:///etc/passwd' }]) {
      rejected(scoreFromWebview, raw);
    }
    rejected(enhanceFromWebview, { type: 'replace', text: 'injected' });
    rejected(enhanceFromWebview, { type: 'reveal', line: 1 });
    rejected(similarFromWebview, { type: 'search', query: 'x'.repeat(MAX_QUERY_CHARS + 1) });
    rejected(similarFromWebview, { type: 'search', query: 7 });
    rejected(similarFromWebview, { type: 'open', id: '' });
    rejected(similarFromWebview, { type: 'open', id: 'a', uri: 'file:///etc/passwd' });
  });

  it('says why a message was refused', () => {
    const r = parseMessage(scoreFromWebview, { type: 'reveal', line: -1 });
    assert.ok(!r.ok && /line/.test(r.error), JSON.stringify(r));
  });
});

describe('highlightAdditions', () => {
  const joined = (enhanced: string, additions: string[]) => highlightAdditions(enhanced, additions).map((s) => s.text).join('');
  const marked = (enhanced: string, additions: string[]) => highlightAdditions(enhanced, additions).filter((s) => s.added).map((s) => s.text);

  it('marks each addition where it occurs, the rest stays plain, nothing is lost', () => {
    const text = 'make a button\n\nRequirements:\n- Use a native <button>\n- WCAG 2.1 AA';
    const segs = highlightAdditions(text, ['Use a native <button>', 'WCAG 2.1 AA']);
    assert.deepEqual(segs, [
      { text: 'make a button\n\nRequirements:\n- ', added: false },
      { text: 'Use a native <button>', added: true },
      { text: '\n- ', added: false },
      { text: 'WCAG 2.1 AA', added: true },
    ]);
    assert.equal(joined(text, ['Use a native <button>']), text);
  });

  it('merges overlapping and touching additions into one mark', () => {
    assert.deepEqual(marked('abcdefgh', ['bcd', 'cdef']), ['bcdef']);
    assert.deepEqual(marked('abcdefgh', ['ab', 'cd']), ['abcd']);
    assert.deepEqual(marked('abcdefgh', ['abcdef', 'cd']), ['abcdef']);
  });

  it('ignores missing and empty additions, and reports the missing ones', () => {
    assert.deepEqual(highlightAdditions('plain text', ['absent', '']), [{ text: 'plain text', added: false }]);
    assert.deepEqual(missingAdditions('plain text', ['absent', 'text', '']), ['absent']);
    assert.deepEqual(highlightAdditions('', ['x']), []);
  });

  it('a repeated addition marks its next copy; a single one marks only its first', () => {
    assert.deepEqual(
      highlightAdditions('- x\n- x\n- x', ['x', 'x']).map((s) => [s.text, s.added]),
      [['- ', false], ['x', true], ['\n- ', false], ['x', true], ['\n- x', false]],
    );
  });

  it('treats regex and HTML characters as plain text', () => {
    assert.deepEqual(marked('a (b)* [c] <i>', ['(b)*', '<i>']), ['(b)*', '<i>']);
  });
});

describe('generate webview: protocol and policy', () => {
  it('accepts the generate actions and known frameworks only', () => {
    assert.ok(parseMessage(generateFromWebview, { type: 'framework', framework: 'vue' }).ok);
    assert.ok(!parseMessage(generateFromWebview, { type: 'framework', framework: 'solid' }).ok);
    assert.ok(!parseMessage(generateFromWebview, { type: 'insert', code: 'x' }).ok);
  });

  it("the preview's stylesheet hash joins style-src; anything that is not a sha256 source is dropped", () => {
    const csp = contentSecurityPolicy('https://x', 'n', ['sha256-abc+/=', "sha256-x' 'unsafe-inline", 'unsafe-inline']);
    assert.match(csp, /style-src https:\/\/x 'sha256-abc\+\/='(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline/);
  });
});
