/** The command line: flags parsed with node:util's parseArgs (strict), --help's text, and the usage errors (exit 2). */
import { parseArgs } from 'node:util';

export const TOOL = 'siza-gen-check';
export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
export const DEFAULT_MIN = 7;

export const EXIT = { ok: 0, below: 1, usage: 2, noFiles: 3 } as const;

export interface Options {
  patterns: string[];
  min: number;
  format: Format;
  output?: string;
  gitignore: boolean;
}

export type Parsed = { kind: 'run'; options: Options } | { kind: 'help' } | { kind: 'version' };

export class UsageError extends Error {}

export const HELP = `Usage: ${TOOL} <glob>... [--min N] [--format text|json|sarif] [--output FILE]

Scores every component in the files the globs match (React, Vue, Svelte, Angular, HTML) with
Siza Gen's heuristics and accessibility analysers, and fails when one scores below --min.

  <glob>             files to check, relative to the working directory, e.g. "src/**/*.{tsx,vue,svelte,html}";
                     quote it so the shell does not expand it. .gitignore files (from the git root down)
                     are honoured; node_modules and .git are never searched
  --min N            the lowest passing score, 0 to 10 (default ${DEFAULT_MIN})
  --format F         text (default), json, or sarif (SARIF 2.1.0, for code scanning)
  --output FILE      write the report to FILE instead of stdout
  --no-gitignore     check files that .gitignore excludes too
  -h, --help         this text
  -v, --version      the version

Exit codes:
  0  every component scores at least --min, and every file parses
  1  some component scores below --min, or some file does not parse
  2  usage error: an unknown flag, a missing glob, a bad --min or --format
     (also when the tool itself fails: the error is on stderr)
  3  no file matched (after .gitignore), or every file that matched was skipped

A file that does not parse is a finding (rule parse-error) and fails the gate (exit 1): it cannot be
scored, and a gate that let it through would pass code nobody checked. An unreadable or binary file
is skipped and listed (stderr in text mode; a notification in JSON and SARIF), not fatal.
`;

function parseMin(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_MIN;
  const min = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(min) || min < 0 || min > 10) throw new UsageError(`--min must be a number from 0 to 10, not "${raw}"`);
  return min;
}

export function parseCli(argv: readonly string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        min: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        // spelled out rather than allowNegative, which Node 20 has only from 20.16
        'no-gitignore': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  if (positionals.length === 0) throw new UsageError('no glob given: say which files to check, e.g. "src/**/*.tsx"');
  if (values.output === '') throw new UsageError('--output needs a file name');
  return { kind: 'run', options: { patterns: positionals, min: parseMin(values.min), format, output: values.output, gitignore: values['no-gitignore'] !== true } };
}
