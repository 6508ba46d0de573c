import { existsSync } from 'node:fs';
import { pathFor } from '../core/paths';
import { envValue, runProcess } from './process';

export const MIN_PYTHON: readonly [number, number] = [3, 10];

export interface PythonInfo {
  /** The absolute interpreter path (sys.executable). */
  executable: string;
  version: string;
  /** ensurepip present: `python -m venv` can create a venv with pip (Debian splits it into python3-venv). */
  hasVenv: boolean;
}

export type PythonLookup =
  | { ok: true; python: PythonInfo }
  /** `noVenv`: a Python that would do but cannot make a venv (the message names the package to install). */
  | { ok: false; message: string; tried: string[]; noVenv?: PythonInfo };

/** Debian and Ubuntu ship venv's ensurepip apart from python3; the versioned package fits the interpreter in use. */
export function venvPackageHint(version: string): string {
  const [major = '3', minor = ''] = version.split('.');
  return `apt install python3-venv (or python${major}.${minor}-venv)`;
}

const PROBE =
  'import json,sys\n' +
  'try:\n import ensurepip, venv; ok=True\nexcept Exception: ok=False\n' +
  'print(json.dumps({"exe": sys.executable, "v": list(sys.version_info[:3]), "venv": ok}))';

/** What discovery looks at; a parameter, so every platform's search is tested on any machine. */
export interface Host {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** Whether a file exists: well-known install folders are only probed when their interpreter is there. */
  exists: (file: string) => boolean;
}

export function currentHost(): Host {
  return { platform: process.platform, env: process.env, exists: existsSync };
}

/** A command and the arguments before `-c` (the Windows launcher needs `-3`). */
export interface PythonCandidate {
  command: string;
  args: string[];
}

/** 3.10 up to 3.19, newest first: a missing install folder costs one stat; newer ones are found on PATH or by `py`. */
const MINORS = Array.from({ length: 10 }, (_, i) => 19 - i);

/**
 * Where a Python may be, in order. The setting alone when set (a wrong path is reported, not silently replaced).
 * Windows: the `py -3` launcher (the newest 3.x, or the user's py.ini), `python.exe` on PATH (python.org ships no
 * `python3.exe`), then python.org's per-user and all-users folders. macOS: Homebrew (Apple silicon, Intel), the
 * python.org framework builds, then PATH, whose /usr/bin/python3 may be Apple's stub that offers to install the
 * Command Line Tools. Linux: python3 and python on PATH.
 */
export function pythonCandidates(configured: string, host: Host): PythonCandidate[] {
  const cmd = (command: string, ...args: string[]): PythonCandidate => ({ command, args });
  if (configured) return [cmd(configured)];
  if (host.platform === 'win32') {
    const w = pathFor('win32');
    const local = envValue(host.env, 'LOCALAPPDATA', 'win32');
    const programFiles = envValue(host.env, 'ProgramFiles', 'win32');
    const folders = MINORS.flatMap((m) => [
      ...(local ? [w.join(local, 'Programs', 'Python', `Python3${m}`, 'python.exe')] : []),
      ...(programFiles ? [w.join(programFiles, `Python3${m}`, 'python.exe')] : []),
    ]);
    return [cmd('py', '-3'), cmd('python.exe'), ...folders.filter(host.exists).map((f) => cmd(f))];
  }
  if (host.platform === 'darwin') {
    const known = [
      '/opt/homebrew/bin/python3',
      '/usr/local/bin/python3',
      ...MINORS.map((m) => `/Library/Frameworks/Python.framework/Versions/3.${m}/bin/python3`),
    ];
    return [...known.filter(host.exists).map((f) => cmd(f)), cmd('python3'), cmd('python')];
  }
  return [cmd('python3'), cmd('python')];
}

function label(c: PythonCandidate): string {
  return [c.command, ...c.args].join(' ');
}

/** Asks an interpreter who it is; undefined when it does not run or does not answer. */
export async function probePython(candidate: string | PythonCandidate, env: NodeJS.ProcessEnv = process.env): Promise<(PythonInfo & { parts: number[] }) | undefined> {
  const c = typeof candidate === 'string' ? { command: candidate, args: [] } : candidate;
  try {
    // argv, never a shell line: a profile folder like C:\Users\Zoë Müller stays one argument
    const r = await runProcess(c.command, [...c.args, '-c', PROBE], { env: { ...env, PYTHONNOUSERSITE: '1' } });
    if (r.code !== 0) return undefined;
    const line = r.tail.filter((l) => l.startsWith('{')).pop();
    if (!line) return undefined;
    const data = JSON.parse(line) as { exe: string; v: number[]; venv: boolean };
    return { executable: data.exe, version: data.v.join('.'), hasVenv: data.venv, parts: data.v };
  } catch {
    return undefined;
  }
}

const WHERE: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'the py launcher, python.exe on PATH and the python.org install folders',
  darwin: 'Homebrew, the python.org framework builds and python3 on PATH',
  linux: 'python3 or python on PATH',
};

function meetsMinimum(parts: number[]): boolean {
  const [major = 0, minor = 0] = parts;
  return major > MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor >= MIN_PYTHON[1]);
}

/** The setting, else the platform's usual places (pythonCandidates); the first that is >= 3.10 and can make a venv wins. */
export async function findPython(configured: string, host: Host = currentHost()): Promise<PythonLookup> {
  const tried: string[] = [];
  let noVenv: PythonInfo | undefined;
  const hint = (version: string) => (host.platform === 'linux' ? ` (on Debian/Ubuntu: ${venvPackageHint(version)})` : '');
  for (const candidate of pythonCandidates(configured, host)) {
    const cmd = label(candidate);
    const info = await probePython(candidate, host.env);
    if (!info) {
      tried.push(`${cmd}: not found or did not run`);
      continue;
    }
    if (!meetsMinimum(info.parts)) {
      tried.push(`${cmd}: Python ${info.version} is older than ${MIN_PYTHON.join('.')}`);
      continue;
    }
    if (!info.hasVenv) {
      tried.push(`${cmd}: Python ${info.version} at ${info.executable} lacks the venv/ensurepip module${hint(info.version)}`);
      noVenv ??= { executable: info.executable, version: info.version, hasVenv: false };
      continue;
    }
    return { ok: true, python: { executable: info.executable, version: info.version, hasVenv: info.hasVenv } };
  }
  if (noVenv) {
    return {
      ok: false,
      tried,
      noVenv,
      message:
        `Python ${noVenv.version} (${noVenv.executable}) cannot create the sidecar's virtual environment: its venv/ensurepip module is missing. ` +
        `${host.platform === 'linux' ? `On Debian/Ubuntu: sudo ${venvPackageHint(noVenv.version)}, then run` : 'Reinstall that Python with its venv module, or set "siza.sidecar.pythonPath" to another, then run'} "Siza Gen: Restart Sidecar". Siza Gen keeps working without the sidecar.`,
    };
  }
  const where = configured ? `the configured interpreter "${configured}"` : WHERE[host.platform] ?? WHERE.linux;
  return {
    ok: false,
    tried,
    message: `No usable Python ${MIN_PYTHON.join('.')}+ found (looked at ${where}). Install Python ${MIN_PYTHON.join('.')} or newer, or set "siza.sidecar.pythonPath". Siza Gen keeps working without the sidecar.`,
  };
}
