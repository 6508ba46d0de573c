import * as assert from 'node:assert/strict';
import { parsePipLine, pipIndexArgs, pipInstallArgs } from '../../src/sidecar/pip';

const none = { pipIndexUrl: '', pipExtraIndexUrls: [], pipFindLinks: '', pipNoIndex: false };

describe('pip options', () => {
  it('adds nothing when no option is set (pip keeps its own configuration)', () => {
    assert.deepEqual(pipIndexArgs(none), []);
  });

  it('maps every setting to its pip flag', () => {
    const args = pipIndexArgs({
      pipIndexUrl: 'https://proxy.example/simple',
      pipExtraIndexUrls: ['https://a.example/simple', '', 'https://b.example/simple'],
      pipFindLinks: '/wheels',
      pipNoIndex: true,
    });
    assert.deepEqual(args, [
      '--no-index',
      '--index-url', 'https://proxy.example/simple',
      '--extra-index-url', 'https://a.example/simple',
      '--extra-index-url', 'https://b.example/simple',
      '--find-links', '/wheels',
    ]);
  });

  it('installs the requirements file without prompts or progress bars', () => {
    const args = pipInstallArgs('/ext/python/requirements.txt', none);
    assert.deepEqual(args.slice(0, 3), ['-m', 'pip', 'install']);
    assert.ok(args.includes('--no-input'));
    assert.deepEqual(args.slice(-2), ['-r', '/ext/python/requirements.txt']);
    assert.ok(!args.includes('--no-deps'));
    assert.deepEqual(pipInstallArgs('/ext/python/requirements-nodeps.txt', none, true).slice(-3), ['--no-deps', '-r', '/ext/python/requirements-nodeps.txt']);
  });

  it('turns pip output into progress steps', () => {
    assert.deepEqual(parsePipLine('Collecting fastapi==0.165.0 (from -r r.txt (line 2))'), { message: 'Resolving fastapi==0.165.0' });
    assert.equal(parsePipLine('  Downloading torch-2.13.0-cp311-none-linux.whl (190.1 MB)')?.message, 'Downloading torch (190.1 MB)');
    assert.equal(parsePipLine('Installing collected packages: six, numpy')?.phase, 0.8);
    assert.deepEqual(parsePipLine('Successfully installed numpy-2.4.6 six-1.16.0'), { message: 'Installed 2 packages', phase: 1 });
    assert.equal(parsePipLine('Requirement already satisfied: six'), undefined);
  });
});
