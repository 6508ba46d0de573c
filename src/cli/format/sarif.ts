/**
 * The SARIF 2.1.0 report (what github/codeql-action/upload-sarif takes): one run, the driver's rules, one result per
 * finding and one per component below the threshold; skipped files as tool execution notifications.
 */
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { PARSE_ERROR, type CheckResult, type Finding } from '../check';

export const BELOW_THRESHOLD = 'siza/below-threshold';
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
const README = 'https://github.com/siza-ai/siza-gen-vscode#quality-gate-in-ci';
const RULES_DOC = 'https://github.com/siza-ai/siza-gen-vscode/blob/main/python/siza_ml/rules/README.md';

/** The first line of a message, as a rule's short description (SARIF wants a plain sentence). */
const firstLine = (s: string): string => s.split('\n')[0]!.trim() || s;

function rulesOf(r: CheckResult): ReportingDescriptor[] {
  const rules = new Map<string, ReportingDescriptor>();
  rules.set(BELOW_THRESHOLD, {
    id: BELOW_THRESHOLD,
    shortDescription: { text: `A component scores below the threshold (--min ${r.min})` },
    helpUri: README,
    defaultConfiguration: { level: 'error' },
  });
  for (const f of r.findings) {
    if (rules.has(f.ruleId)) continue;
    const isParse = f.ruleId === PARSE_ERROR;
    rules.set(f.ruleId, {
      id: f.ruleId,
      shortDescription: { text: isParse ? 'The file does not parse: it cannot be scored' : firstLine(f.message) },
      helpUri: f.helpUri ?? (isParse ? README : RULES_DOC),
      defaultConfiguration: { level: f.level },
    });
  }
  return [...rules.values()];
}

const region = (line: number, column: number) => ({ startLine: Math.max(1, line), startColumn: Math.max(1, column) });

function location(file: string, line: number, column: number) {
  return { physicalLocation: { artifactLocation: { uri: encodeURI(file) }, region: region(line, column) } };
}

function findingResult(f: Finding, index: Map<string, number>): Result {
  return {
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId)!,
    level: f.level,
    message: { text: f.message },
    locations: [location(f.file, f.line, f.column)],
    ...(f.component ? { properties: { component: f.component } } : {}),
  };
}

export function formatSarif(r: CheckResult, meta: { tool: string; version: string; exitCode: number }): string {
  const rules = rulesOf(r);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results: Result[] = r.findings.map((f) => findingResult(f, index));
  for (const c of r.components.filter((c) => !c.passed)) {
    results.push({
      ruleId: BELOW_THRESHOLD,
      ruleIndex: index.get(BELOW_THRESHOLD)!,
      level: 'error',
      message: { text: `${c.name} (${c.framework}) scores ${c.score.toFixed(1)}/10, below ${r.min}: ${c.drivenBy}` },
      locations: [location(c.file, c.line, c.column)],
      properties: { component: c.name, framework: c.framework, score: c.score, min: r.min },
    });
  }
  const notifications: Notification[] = r.skipped.map((s) => ({
    // a template its component checked is information; a file nothing checked is a warning
    level: s.checkedWith !== undefined ? 'note' : 'warning',
    message: { text: `Skipped ${s.file}: ${s.reason}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(s.file) } } }],
  }));
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: meta.tool, version: meta.version, informationUri: README, rules } },
        invocations: [{ executionSuccessful: true, exitCode: meta.exitCode, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
