import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectEol, eolForNewFile, platformEol, withEol } from '../../src/core/eol';
import { extractComponents } from '../../src/core/extract';

const FIXTURES = join(__dirname, '..', 'fixtures', 'extract');

describe('line endings', () => {
  it('a component extracted from a CRLF file keeps CRLF, in every framework', () => {
    for (const file of ['react/Components.tsx', 'vue/TodoItem.vue', 'svelte/Counter.svelte', 'angular/user-card.component.ts', 'html/landing.html']) {
      const crlf = readFileSync(join(FIXTURES, file), 'utf8').replace(/\r?\n/g, '\r\n');
      const { components } = extractComponents(file, crlf);
      const multiLine = components.filter((c) => c.code.includes('\n')); // a one-line component has no ending to keep
      assert.ok(multiLine.length > 0, file);
      for (const c of multiLine) {
        assert.equal(detectEol(c.code), '\r\n', `${file} ${c.name}`);
        assert.ok(!/[^\r]\n/.test(c.code), `${file} ${c.name}: a bare \\n crept in`);
      }
    }
  });

  it('a saved file gets files.eol, and auto means the platform\'s ending', () => {
    assert.equal(eolForNewFile('auto', 'win32'), '\r\n');
    assert.equal(eolForNewFile('auto', 'darwin'), '\n');
    assert.equal(eolForNewFile('auto', 'linux'), '\n');
    assert.equal(eolForNewFile(undefined, 'win32'), '\r\n', 'no setting: as auto');
    assert.equal(eolForNewFile('\n', 'win32'), '\n', 'an explicit setting wins on Windows');
    assert.equal(eolForNewFile('\r\n', 'linux'), '\r\n', 'and elsewhere');
    assert.equal(platformEol('win32'), '\r\n');
  });

  it('writes generated code (LF) with the chosen ending, and leaves no mixed endings', () => {
    const code = 'export function Card() {\n  return <div />;\n}\n';
    assert.equal(withEol(code, '\r\n'), 'export function Card() {\r\n  return <div />;\r\n}\r\n');
    assert.equal(withEol(withEol(code, '\r\n'), '\r\n'), withEol(code, '\r\n'), 'CRLF is not doubled');
    assert.equal(withEol('a\r\nb\nc\rd', '\n'), 'a\nb\nc\nd');
    assert.equal(detectEol('one line'), undefined);
    assert.equal(detectEol('a\r\nb\r\nc\n'), '\r\n', 'the ending most lines use');
  });
});
