import axe from 'axe-core';
import { IMPACTS, type AxeRef, type Impact } from './finding';

/**
 * axe-core's own rule metadata, read from the shipped package: `axe.getRules()` reads the rule and check
 * registries only (no DOM is touched), so it runs in plain Node and in the extension host.
 */
export interface AxeRule {
  id: string;
  description: string;
  help: string;
  helpUrl: string;
  tags: string[];
}

/** The axe-core version these rules come from (the exact pin in package.json). */
export const AXE_VERSION: string = axe.version;

/** Every rule axe-core ships, in its own order, with fresh arrays (the caller may keep or send them). */
export function axeRules(): AxeRule[] {
  return axe.getRules().map((r) => ({ id: r.ruleId, description: r.description, help: r.help, helpUrl: r.helpUrl, tags: [...r.tags] }));
}

/** The impact axe-core gives each rule (its audit's rule metadata; `getRules()` leaves it out). */
const IMPACT_OF: ReadonlyMap<string, string | undefined> = new Map(
  ((axe as unknown as { _audit?: { rules?: { id: string; impact?: string }[] } })._audit?.rules ?? []).map((r) => [r.id, r.impact]),
);
const RULES: ReadonlyMap<string, { help: string; helpUrl: string }> = new Map(axe.getRules().map((r) => [r.ruleId, { help: r.help, helpUrl: r.helpUrl }]));

/** axe-core's rule `id` as a finding cites it (impact, help page); undefined for an id axe-core does not have. */
export function axeRef(id: string): AxeRef | undefined {
  const impact = IMPACT_OF.get(id);
  const rule = RULES.get(id);
  if (!rule || !(IMPACTS as readonly (string | undefined)[]).includes(impact)) return undefined;
  return { id, impact: impact as Impact, help: rule.help, helpUrl: rule.helpUrl };
}
