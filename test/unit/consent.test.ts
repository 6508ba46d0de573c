import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decideInstall, type ConsentInputs } from '../../src/sidecar/consent';
import { hasFinishedInstall } from '../../src/sidecar/environments';
import { INSTALL_SIZES, consentMessage, formatBytes, installSizeFor, requirementsDigest, sizeSentence } from '../../src/sidecar/installSize';
import { writeStamp } from '../../src/sidecar/stamp';
import { tempDir } from './helpers';

const fresh: ConsentInputs = { trigger: 'auto', setting: 'ask', never: false, grantedThisSession: false, deferredThisSession: false, venv: 'none' };
const decide = (o: Partial<ConsentInputs>) => decideInstall({ ...fresh, ...o }).do;

describe('consent before the first sidecar install', () => {
  it('a first activation asks; nothing is installed before the answer', () => {
    assert.equal(decide({}), 'ask');
  });

  it('a current environment starts without asking, whatever was chosen', () => {
    for (const never of [false, true]) for (const deferredThisSession of [false, true]) assert.equal(decide({ venv: 'current', never, deferredThisSession }), 'install');
  });

  it('Never skips every automatic start, in any window, until it is turned back on', () => {
    assert.deepEqual(decideInstall({ ...fresh, never: true }), { do: 'skip', why: 'never' });
    assert.equal(decide({ never: true, venv: 'earlier' }), 'skip', 'not even an update of an earlier install');
  });

  it('Not now skips for the rest of this window only (the next window has no such answer and asks)', () => {
    assert.deepEqual(decideInstall({ ...fresh, deferredThisSession: true }), { do: 'skip', why: 'not-now' });
    assert.equal(decide({ deferredThisSession: false }), 'ask');
  });

  it('Install holds for this window: a restart or retry does not ask again', () => {
    assert.equal(decide({ grantedThisSession: true }), 'install');
    assert.equal(decide({ grantedThisSession: true, trigger: 'command' }), 'install');
  });

  it('a command that needs the sidecar asks, even after Never or Not now', () => {
    assert.equal(decide({ trigger: 'command' }), 'ask');
    assert.equal(decide({ trigger: 'command', never: true }), 'ask');
    assert.equal(decide({ trigger: 'command', deferredThisSession: true }), 'ask');
  });

  it('Reinstall and Allow the Sidecar Install are consent themselves', () => {
    assert.equal(decide({ trigger: 'consented', never: true }), 'install');
  });

  it('siza.sidecar.installConsent "allow" installs without asking', () => {
    assert.equal(decide({ setting: 'allow' }), 'install');
    assert.equal(decide({ setting: 'allow', never: true }), 'install');
  });

  it('an earlier install (another version or Python) is updated without asking', () => {
    assert.equal(decide({ venv: 'earlier' }), 'install');
    assert.equal(decide({ venv: 'earlier', deferredThisSession: true }), 'skip');
  });

  it('finds an earlier finished install, never a half-finished one', async () => {
    const storage = tempDir('consent');
    assert.equal(await hasFinishedInstall(storage), false, 'nothing there');
    const half = path.join(storage, 'venvs', 'abcdef012345-1');
    mkdirSync(half, { recursive: true });
    assert.equal(await hasFinishedInstall(storage), false, 'a folder without a stamp does not count');
    await writeStamp(half, { requirements: 'fastapi==0.1', pythonVersion: '3.11.7', extensionVersion: '0.0.9' });
    assert.equal(await hasFinishedInstall(storage), true);
    const legacy = tempDir('consent-legacy');
    mkdirSync(path.join(legacy, 'venv'));
    await writeStamp(path.join(legacy, 'venv'), { requirements: 'x', pythonVersion: '3.10.0', extensionVersion: '0.0.1' });
    assert.equal(await hasFinishedInstall(legacy), true, "an earlier version's venv/ counts");
  });
});

describe('the install sizes the question shows', () => {
  it('were measured for these very requirement files (rerun scripts/measure-install-size.py when a pin changes)', () => {
    const read = (f: string) => readFileSync(path.join(__dirname, '../../python', f), 'utf8');
    assert.equal(INSTALL_SIZES.requirementsDigest, requirementsDigest(read('requirements.txt'), read('requirements-nodeps.txt')));
  });

  it('linux-x64 is measured: the download and the disk, plausible for torch + transformers', () => {
    const s = installSizeFor('linux', 'x64');
    assert.equal(s.how, 'measured');
    assert.ok(s.downloadBytes! > 200e6 && s.downloadBytes! < 5e9, String(s.downloadBytes));
    assert.ok(s.diskBytes! > s.downloadBytes!, 'unpacked is larger than the wheels');
  });

  it('every entry with a number says how it was obtained; an unknown one has none', () => {
    for (const [k, s] of Object.entries(INSTALL_SIZES.platforms)) {
      if (s.how === 'unknown') assert.equal(s.downloadBytes, undefined, k);
      else assert.ok(typeof s.downloadBytes === 'number' && s.downloadBytes > 0, k);
      if (s.how === 'about') assert.equal(s.diskBytes, undefined, `${k}: the disk was not measured`);
    }
  });

  it('the question names what the sidecar is for, the numbers of this platform and the in-process fallback', () => {
    const s = installSizeFor('linux', 'x64');
    const m = consentMessage(s);
    for (const part of ['embeddings and search', 'LLM prompt enhancement', 'fine-tuning', 'dataset ingestion', 'in-process']) assert.ok(m.includes(part), part);
    assert.ok(m.includes(`downloads ${formatBytes(s.downloadBytes!)} and takes ${formatBytes(s.diskBytes!)} on disk`), m);
    assert.match(sizeSentence({ how: 'about', downloadBytes: 418_743_133 }), /downloads about 419 MB, in/);
    const unknown = sizeSentence({ how: 'unknown' });
    assert.doesNotMatch(unknown, /\d/, 'no number where none was measured');
    assert.equal(installSizeFor('sunos', 'sparc').how, 'unknown');
  });

  it('formats decimal units', () => {
    assert.equal(formatBytes(562_192_886), '562 MB');
    assert.equal(formatBytes(2_006_056_960), '2.0 GB');
  });
});
