import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { venvPythonPath } from '../../src/sidecar/bootstrap';
import { processesUsing } from '../../src/sidecar/environments';
import { prepareLaunch } from '../../src/sidecar/launch';
import { isAlive, killPlan, killTree, runKillPlan, runProcess, stopChild, treeSpawnOptions } from '../../src/sidecar/process';
import { tempDir, waitFor } from './helpers';

/** Ended: no such process, or a zombie that a PID 1 which does not reap (some containers) keeps listed. */
function gone(pid: number): boolean {
  if (!isAlive(pid)) return true;
  try {
    return / Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\)/, ')'));
  } catch {
    return true; // it went between the two looks
  }
}

const ZOE = 'C:\\Users\\Zoë Müller\\AppData\\Roaming\\Code\\User\\globalStorage\\siza.siza-gen';

describe('the sidecar on each platform (the platform injected)', () => {
  describe('stopping a process and its children', () => {
    it('win32: taskkill /PID <pid> /T /F from System32, for SIGTERM and SIGKILL alike (no groups, no signals there)', () => {
      for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
        assert.deepEqual(killPlan(4242, signal, 'win32', { SystemRoot: 'C:\\Windows' }), {
          kind: 'run',
          command: 'C:\\Windows\\System32\\taskkill.exe',
          args: ['/PID', '4242', '/T', '/F'],
        });
      }
      // Windows variable names ignore case
      assert.equal((killPlan(1, 'SIGTERM', 'win32', { SYSTEMROOT: 'D:\\WINNT' }) as { command: string }).command, 'D:\\WINNT\\System32\\taskkill.exe');
      assert.equal((killPlan(1, 'SIGTERM', 'win32', {}) as { command: string }).command, 'taskkill.exe');
    });

    it('posix: the process group first (-pid), then the process alone', () => {
      for (const platform of ['linux', 'darwin'] as const) {
        assert.deepEqual(killPlan(4242, 'SIGTERM', platform), { kind: 'signal', pids: [-4242, 4242], signal: 'SIGTERM' }, platform);
      }
    });

    it('runs taskkill as an argv array, hidden, without a shell', () => {
      const calls: { command: string; args: readonly string[]; options: object }[] = [];
      const fakeSpawn = ((command: string, args: readonly string[], options: object) => {
        calls.push({ command, args, options });
        return Object.assign(new EventEmitter(), { unref: () => undefined });
      }) as unknown as typeof spawn;
      runKillPlan(killPlan(77, 'SIGTERM', 'win32', { SystemRoot: 'C:\\Windows' }), fakeSpawn);
      assert.deepEqual(calls, [{ command: 'C:\\Windows\\System32\\taskkill.exe', args: ['/PID', '77', '/T', '/F'], options: { stdio: 'ignore', windowsHide: true, shell: false } }]);
    });

    it('spawns trees in a group of their own on posix only; hidden on Windows', () => {
      assert.deepEqual(treeSpawnOptions('win32'), { detached: false, windowsHide: true });
      assert.deepEqual(treeSpawnOptions('linux'), { detached: true, windowsHide: true });
      assert.deepEqual(treeSpawnOptions('darwin'), { detached: true, windowsHide: true });
    });

    it('posix, for real: killTree ends a detached child and the child it started', async () => {
      const child = spawn('sh', ['-c', 'sleep 600 & echo $!; wait'], { stdio: ['ignore', 'pipe', 'ignore'], ...treeSpawnOptions(process.platform) });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const grandchild = await new Promise<number>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
      assert.ok(isAlive(grandchild));
      killTree(child.pid, 'SIGTERM');
      await exited;
      await waitFor(() => gone(grandchild), 5_000, 'the grandchild to end');
    });

    it('posix, for real: stopChild sends the signal to the sidecar itself, so it can shut down cleanly', async () => {
      const child: ChildProcess = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
      await waitFor(() => child.pid !== undefined, 5_000, 'the spawn');
      stopChild(child, 'SIGTERM', 'linux');
      assert.equal(await exited, 'SIGTERM');
    });
  });

  it('a process runs from a venv whatever case its path was typed in, where the file system ignores case', async () => {
    const dir = '/Users/Zoë/Library/Application Support/Code/venvs/abc-1';
    const processes = [
      { pid: 11, args: ['/users/zoë/library/application support/code/VENVS/abc-1/bin/python', '-m', 'siza_ml'] },
      { pid: 12, args: ['/Users/Zoë/Library/Application Support/Code/venvs/abc-10/bin/python'] }, // a sibling, not inside
      { pid: 13, args: ['ps-style line: /USERS/ZOË/LIBRARY/APPLICATION SUPPORT/CODE/VENVS/ABC-1/bin/pip install x'] },
    ];
    assert.deepEqual(await processesUsing(dir, processes, 'darwin'), [11, 13]);
    assert.deepEqual(await processesUsing(dir, processes, 'linux'), [], 'ext4: another case is another folder');
  });

  it('the venv\'s interpreter: Scripts\\python.exe on win32, bin/python elsewhere', () => {
    assert.equal(venvPythonPath(`${ZOE}\\venvs\\abc-1`, 'win32'), `${ZOE}\\venvs\\abc-1\\Scripts\\python.exe`);
    assert.equal(venvPythonPath('/Users/Zoë Müller/Library/Application Support/Code/venvs/abc-1', 'darwin'), '/Users/Zoë Müller/Library/Application Support/Code/venvs/abc-1/bin/python');
    assert.equal(venvPythonPath('/home/zoë/.config/Code/venvs/abc-1', 'linux'), '/home/zoë/.config/Code/venvs/abc-1/bin/python');
  });

  describe('a profile folder with spaces and non-ASCII letters', () => {
    it('arrives as argv entries, byte for byte, never through a shell', async () => {
      const args = [`${ZOE}\\venvs\\abc 1`, '/Users/Zoë Müller/Library', 'it\'s "quoted"', '$(echo no) `no` ; & | > *', 'naïve café 日本'];
      const r = await runProcess(process.execPath, ['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', ...args]);
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.tail.join('')), args);
    });

    it('the sidecar is launched with its interpreter, cwd, data folder and PYTHONPATH there', async () => {
      const home = path.join(tempDir('profile'), 'Zoë Müller', 'App Data');
      const python = path.join(home, 'venvs', 'abc 1', 'bin', 'python');
      mkdirSync(path.dirname(python), { recursive: true });
      // a stand-in interpreter that reports what it was given
      writeFileSync(python, `#!${process.execPath}\nconsole.log(JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), pythonPath: process.env.PYTHONPATH, data: process.env.SIZA_ML_DATA_DIR }));\n`);
      chmodSync(python, 0o755);
      const spec = await prepareLaunch({ venvPython: python, packageDir: path.join(home, 'ext ï', 'python'), dataDir: path.join(home, 'data'), runDir: path.join(home, 'run'), preferredPort: 0 });
      const r = await runProcess(spec.command, spec.args, { env: spec.env, cwd: spec.cwd });
      assert.equal(r.code, 0, r.tail.join('\n'));
      const seen = JSON.parse(r.tail.join('')) as { argv: string[]; cwd: string; pythonPath: string; data: string };
      assert.deepEqual(seen.argv, spec.args);
      assert.equal(seen.cwd, path.join(home, 'run'));
      assert.equal(seen.pythonPath, path.join(home, 'ext ï', 'python'));
      assert.equal(seen.data, path.join(home, 'data'));
    });
  });
});
