import axe from 'axe-core';

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
