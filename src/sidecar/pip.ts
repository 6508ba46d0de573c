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

export function pipInstallArgs(requirementsFile: string, o: PipOptions, noDeps = false): string[] {
  return [
    '-m',
    'pip',
    'install',
    '--disable-pip-version-check',
    '--no-input',
    '--progress-bar',
    'off',
    ...pipIndexArgs(o),
    ...(noDeps ? ['--no-deps'] : []),
    '-r',
    requirementsFile,
  ];
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
