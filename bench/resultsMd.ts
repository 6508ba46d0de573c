// bench/RESULTS.md holds one "## " section per benchmark; each bench replaces only its own (results_md.py, in TS).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const RESULTS = path.join(__dirname, 'RESULTS.md');

/** `section` starts with its `heading` line; it replaces that section (up to the next "## ") or is appended. */
export function replaceSection(heading: string, section: string, file: string = RESULTS): void {
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\n[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm');
  const body = section.replace(/\n+$/, '') + '\n\n';
  text = pattern.test(text) ? text.replace(pattern, () => body) : text.replace(/\n+$/, '') + '\n\n' + section;
  writeFileSync(file, text.replace(/\n+$/, '') + '\n');
}

/** The p-th percentile by nearest rank, as every latency figure in RESULTS.md is given. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
