/** The text report: per file its findings and each component below the threshold, then one summary line (ESLint's stylish, roughly). */
import type { CheckResult, ComponentResult, Finding } from '../check';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function belowLine(c: ComponentResult, min: number): string {
  return `  ${c.line}:${c.column}  error  ${c.name} (${c.framework}) scores ${c.score.toFixed(1)}/10, below ${min}: ${c.drivenBy}  siza/below-threshold`;
}

function findingLine(f: Finding): string {
  return `  ${f.line}:${f.column}  ${f.level}  ${f.message.replace(/\s*\n\s*/g, ' ')}  ${f.ruleId}`;
}

export function summaryLine(r: CheckResult): string {
  const below = r.components.filter((c) => !c.passed).length;
  const parts = [
    `${plural(r.files, 'file')} checked`,
    `${plural(r.components.length, 'component')}, ${below} below ${r.min}`,
    plural(r.findings.length, 'finding'),
  ];
  if (r.unparsable.length > 0) parts.push(`${plural(r.unparsable.length, 'file')} that do${r.unparsable.length === 1 ? 'es' : ''} not parse`);
  if (r.skipped.length > 0) parts.push(`${r.skipped.length} skipped`);
  return parts.join('; ');
}

/** The report (stdout or --output); skipped files go to stderr separately (skippedLines). */
export function formatText(r: CheckResult): string {
  const byFile = new Map<string, string[]>();
  const at = (file: string) => byFile.get(file) ?? byFile.set(file, []).get(file)!;
  const rows: { file: string; line: number; text: string }[] = [
    ...r.findings.map((f) => ({ file: f.file, line: f.line, text: findingLine(f) })),
    ...r.components.filter((c) => !c.passed).map((c) => ({ file: c.file, line: c.line, text: belowLine(c, r.min) })),
  ];
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  for (const row of rows) at(row.file).push(row.text);
  const out: string[] = [];
  for (const [file, lines] of byFile) out.push(file, ...lines, '');
  const scores = r.components.map((c) => `  ${c.passed ? 'ok  ' : 'FAIL'}  ${c.score.toFixed(1)}  ${c.file}:${c.line}  ${c.name} (${c.framework})`);
  if (scores.length > 0) out.push('Scores:', ...scores, '');
  out.push(summaryLine(r));
  return out.join('\n') + '\n';
}

export function skippedLines(r: CheckResult): string {
  return r.skipped.map((s) => `siza-gen-check: skipped ${s.file}: ${s.reason}\n`).join('');
}
