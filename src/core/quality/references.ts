import { z } from 'zod';
import referencesJson from '../../../python/siza_ml/rules/axe_references.json';
import type { AxeReference } from '../protocol/score';

/** python/siza_ml/rules/axe_references.json: our rule id → the axe-core rule that checks the same thing. */
const referencesSchema = z.object({
  axe_core_version: z.string(),
  references: z.record(z.string(), z.object({ id: z.string().min(1), help: z.string().min(1), url: z.url() })),
});

let cached: ReadonlyMap<string, AxeReference> | undefined;

/** The table, validated on first use (a malformed file fails loudly, as quality_rules.json does). */
export function axeReferences(): ReadonlyMap<string, AxeReference> {
  cached ??= new Map(
    Object.entries(referencesSchema.parse(referencesJson).references).map(([rule, r]) => [rule, { id: r.id, help: r.help, url: r.url, match: 'table' as const }]),
  );
  return cached;
}

/** The axe-core version the table was checked against. */
export const AXE_REFERENCES_VERSION: string = referencesSchema.parse(referencesJson).axe_core_version;
