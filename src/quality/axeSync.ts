/**
 * axe-core's rules into the sidecar's `axe-rules` collection, once per axe-core version: the sidecar cites
 * the nearest of them for accessibility violations that rules/axe_references.json does not map. Called at
 * the start of each sidecar session (quality/feature.ts); cheap when the sidecar's copy is current.
 */
import { AXE_VERSION, axeRules } from '../core/a11y/axeRules';
import type { Logger } from '../core/logger';
import type { SidecarClient } from '../sidecar/client';
import { MAX_AXE_RULES } from '../core/protocol/ingest';

export type AxeSync = 'current' | 'ingested';

export async function syncAxeRules(
  client: Pick<SidecarClient, 'axeRulesStatus' | 'ingestAxeRules'>,
  log: Logger,
  signal?: AbortSignal,
): Promise<AxeSync> {
  const rules = axeRules();
  const status = await client.axeRulesStatus({ signal });
  if (status.version === AXE_VERSION && status.count === rules.length) return 'current';
  if (rules.length > MAX_AXE_RULES) throw new Error(`axe-core ${AXE_VERSION} has ${rules.length} rules; the sidecar takes at most ${MAX_AXE_RULES}`);
  const r = await client.ingestAxeRules({ version: AXE_VERSION, rules }, { signal });
  log.info(`Embedded axe-core ${r.version}'s ${r.ingested} rules in the sidecar in ${r.seconds.toFixed(1)} s`);
  return 'ingested';
}
