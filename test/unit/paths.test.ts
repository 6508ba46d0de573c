import * as assert from 'node:assert/strict';
import { ignoresCase, isInsidePath, pathKey, samePath } from '../../src/core/paths';

describe('path comparison per platform', () => {
  it('ignores case on win32 and darwin, not on linux', () => {
    assert.equal(ignoresCase('win32'), true);
    assert.equal(ignoresCase('darwin'), true);
    assert.equal(ignoresCase('linux'), false);
    assert.ok(samePath('C:\\Users\\Zoë Müller\\src\\Button.tsx', 'c:\\users\\ZOË MÜLLER\\SRC\\button.tsx', 'win32'));
    assert.ok(samePath('/Users/zoe/src/Button.tsx', '/users/Zoe/src/button.tsx', 'darwin'));
    assert.ok(!samePath('/home/zoe/src/Button.tsx', '/home/zoe/src/button.tsx', 'linux'));
    assert.ok(samePath('/home/zoe/src/Button.tsx', '/home/zoe/src/Button.tsx', 'linux'));
  });

  it('treats the separators, dots and a trailing separator of one platform as the same path', () => {
    assert.ok(samePath('C:/Users/Zoë Müller/AppData/', 'C:\\Users\\Zoë Müller\\AppData', 'win32'));
    assert.ok(samePath('C:\\Users\\a\\..\\b', 'c:\\users\\b', 'win32'));
    assert.ok(samePath('/home/zoe/./src/', '/home/zoe/src', 'linux'));
    assert.equal(pathKey('/', 'linux'), '/', 'the root keeps its separator');
    assert.equal(pathKey('C:\\', 'win32'), 'c:\\');
    // a backslash is an ordinary character in a posix name
    assert.ok(!samePath('/a/b\\c', '/a/b/c', 'linux'));
  });

  it('knows a file inside a folder, and a sibling with the same prefix is not inside', () => {
    assert.ok(isInsidePath('C:\\Users\\Zoë\\venvs\\abc-1\\Scripts\\python.exe', 'c:\\users\\zoë\\VENVS\\abc-1', 'win32'));
    assert.ok(isInsidePath('/Users/zoe/venvs/abc-1/bin/python', '/users/zoe/venvs/ABC-1', 'darwin'));
    assert.ok(!isInsidePath('/home/zoe/venvs/abc-1/bin/python', '/home/zoe/venvs/ABC-1', 'linux'));
    assert.ok(isInsidePath('/home/zoe/venvs/abc-1', '/home/zoe/venvs/abc-1/', 'linux'), 'the folder itself');
    assert.ok(!isInsidePath('/home/zoe/venvs/abc-10/bin/python', '/home/zoe/venvs/abc-1', 'linux'));
    assert.ok(!isInsidePath('C:\\venvs\\abc-10', 'C:\\venvs\\abc-1', 'win32'));
    assert.ok(isInsidePath('C:\\anything', 'C:\\', 'win32'), 'everything on a drive is inside its root');
  });
});
