/** The JSON report: the whole result, stable keys, for scripts (the SARIF report is for code-scanning tools). */
import type { CheckResult } from '../check';

export const JSON_REPORT_VERSION = 1;

export function formatJson(r: CheckResult, meta: { tool: string; version: string; exitCode: number }): string {
  const below = r.components.filter((c) => !c.passed).length;
  const report = {
    reportVersion: JSON_REPORT_VERSION,
    tool: { name: meta.tool, version: meta.version },
    min: r.min,
    passed: meta.exitCode === 0,
    exitCode: meta.exitCode,
    summary: { files: r.files, components: r.components.length, below, findings: r.findings.length, unparsable: r.unparsable.length, skipped: r.skipped.length },
    components: r.components,
    findings: r.findings,
    unparsable: r.unparsable,
    // skipped files are notifications, not failures: listed here as in SARIF's toolExecutionNotifications
    skipped: r.skipped,
  };
  return JSON.stringify(report, null, 2) + '\n';
}
