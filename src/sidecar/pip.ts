import type { PipOptions } from '../config';

/** pip's index options from the settings (proxies, mirrors, offline wheelhouses). */
export function pipIndexArgs(o: PipOptions): string[] {
  const args: string[] = [];
  if (o.pipNoIndex) args.push('--no-index');
  if (o.pipIndexUrl) args.push('--index-url', o.pipIndexUrl);
  for (const url of o.pipExtraIndexUrls.filter(Boolean)) args.push('--extra-index-url', url);
  if (o.pipFindLinks) args.push('--find-links', o.pipFindLinks);
  return args;
}

/** Every install: no prompts, no progress bars (pip's output goes to the log line by line). */
const QUIET = ['--disable-pip-version-check', '--no-input', '--progress-bar', 'off'];

export function pipInstallArgs(requirementsFile: string, o: PipOptions, noDeps = false): string[] {
  return ['-m', 'pip', 'install', ...QUIET, ...pipIndexArgs(o), ...(noDeps ? ['--no-deps'] : []), '-r', requirementsFile];
}

/** PyPI's torch for Linux is the CUDA build (GBs of nvidia wheels); this index has the CPU one the sidecar needs. */
export const TORCH_CPU_INDEX = 'https://download.pytorch.org/whl/cpu';
export const PYPI_SIMPLE = 'https://pypi.org/simple';

/** Whether the settings choose where packages come from (a mirror, a proxy index, a wheelhouse, offline). */
export function settingsChooseSources(o: PipOptions): boolean {
  return o.pipNoIndex || o.pipIndexUrl !== '' || o.pipFindLinks !== '' || o.pipExtraIndexUrls.some(Boolean);
}

/** Whether `pip config list` shows sources chosen in pip.conf or PIP_* variables (`global.find-links='/opt/wheels'`). */
export function pipConfigChoosesSources(lines: readonly string[]): boolean {
  return lines.some((l) => /^[^=\s]*\.(?:index-url|extra-index-url|find-links|no-index)=/.test(l.trim()));
}

/**
 * Only where PyPI's default torch is not the CPU build (linux; win32 for the same pin everywhere; macOS wheels
 * are CPU/MPS already), and only when nobody chose pip's sources: a mirror, a wheelhouse or an offline machine
 * keeps exactly what it configured, and an index it cannot reach is never added.
 */
export function needsTorchIndex(platform: NodeJS.Platform, o: PipOptions): boolean {
  return (platform === 'linux' || platform === 'win32') && !settingsChooseSources(o);
}

/** The torch line of a requirements file (`torch==2.13.0`), without its comment. */
export function torchRequirement(text: string): string | undefined {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (/^torch\s*(?:[=<>!~]=|[<>]|$|\[|;)/i.test(line)) return line;
  }
  return undefined;
}

export interface RequirementsText {
  path: string;
  text: string;
  noDeps?: boolean;
}

export interface PipPlanInputs {
  platform: NodeJS.Platform;
  requirements: readonly RequirementsText[];
  pip: PipOptions;
  /** pip.conf or PIP_* variables choose sources (pipConfigChoosesSources); asked only when needsTorchIndex. */
  pipConfigured: boolean;
}

/**
 * The pip argv of a first install, in order. With the CPU index, torch is installed first and alone from it (PyPI
 * as the extra index for its own dependencies), so the requirements that follow find it satisfied; the index
 * applies to that step only, and nothing else is fetched from download.pytorch.org.
 */
export function pipInstallPlan(i: PipPlanInputs): string[][] {
  const steps = i.requirements.map((r) => pipInstallArgs(r.path, i.pip, r.noDeps));
  if (!needsTorchIndex(i.platform, i.pip) || i.pipConfigured) return steps;
  const torch = i.requirements.filter((r) => !r.noDeps).map((r) => torchRequirement(r.text)).find(Boolean);
  if (!torch) return steps;
  return [['-m', 'pip', 'install', ...QUIET, '--index-url', TORCH_CPU_INDEX, '--extra-index-url', PYPI_SIMPLE, torch], ...steps];
}

/** pip prints no percentage without a terminal; these lines mark real steps a person can follow. */
export interface PipStep {
  message: string;
  /** Rough share of the whole install this step completes (0-1), when it marks a phase change. */
  phase?: number;
}

export function parsePipLine(line: string): PipStep | undefined {
  let m = /^Collecting (\S+)/.exec(line);
  if (m) return { message: `Resolving ${m[1]}` };
  m = /^\s*Downloading (\S+?)(?:-\d[^ ]*)? \(([^)]+)\)/.exec(line);
  if (m) return { message: `Downloading ${m[1]} (${m[2]})` };
  m = /^\s*(?:Building wheel|Building wheels) for (\S+)/.exec(line);
  if (m) return { message: `Building ${m[1]}`, phase: 0.6 };
  if (/^Installing collected packages/.test(line)) return { message: 'Installing packages', phase: 0.8 };
  m = /^Successfully installed (.*)$/.exec(line);
  if (m) return { message: `Installed ${m[1]!.split(' ').length} packages`, phase: 1 };
  return undefined;
}
