import { runProcess } from './process';

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

/** Asks an interpreter who it is; undefined when it does not run or does not answer. */
export async function probePython(command: string): Promise<(PythonInfo & { parts: number[] }) | undefined> {
  try {
    const r = await runProcess(command, ['-c', PROBE], { env: { ...process.env, PYTHONNOUSERSITE: '1' } });
    if (r.code !== 0) return undefined;
    const line = r.tail.filter((l) => l.startsWith('{')).pop();
    if (!line) return undefined;
    const data = JSON.parse(line) as { exe: string; v: number[]; venv: boolean };
    return { executable: data.exe, version: data.v.join('.'), hasVenv: data.venv, parts: data.v };
  } catch {
    return undefined;
  }
}

function meetsMinimum(parts: number[]): boolean {
  const [major = 0, minor = 0] = parts;
  return major > MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor >= MIN_PYTHON[1]);
}

/** The setting first, then python3 and python on PATH; the first that is >= 3.10 and can make a venv wins. */
export async function findPython(configured: string): Promise<PythonLookup> {
  const candidates = configured ? [configured] : ['python3', 'python'];
  const tried: string[] = [];
  let noVenv: PythonInfo | undefined;
  for (const cmd of candidates) {
    const info = await probePython(cmd);
    if (!info) {
      tried.push(`${cmd}: not found or did not run`);
      continue;
    }
    if (!meetsMinimum(info.parts)) {
      tried.push(`${cmd}: Python ${info.version} is older than ${MIN_PYTHON.join('.')}`);
      continue;
    }
    if (!info.hasVenv) {
      tried.push(`${cmd}: Python ${info.version} at ${info.executable} lacks the venv/ensurepip module (on Debian/Ubuntu: ${venvPackageHint(info.version)})`);
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
        `On Debian/Ubuntu: sudo ${venvPackageHint(noVenv.version)}, then run "Siza Gen: Restart Sidecar". Siza Gen keeps working without the sidecar.`,
    };
  }
  const where = configured ? `the configured interpreter "${configured}"` : 'python3 or python on PATH';
  return {
    ok: false,
    tried,
    message: `No usable Python ${MIN_PYTHON.join('.')}+ found (looked at ${where}). Install Python ${MIN_PYTHON.join('.')} or newer, or set "siza.sidecar.pythonPath". Siza Gen keeps working without the sidecar.`,
  };
}
