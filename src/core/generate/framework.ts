import type { Framework } from '../frameworks';

/**
 * The framework a workspace uses, from its package.json files: what they depend on. Meta-frameworks
 * count as theirs (Next → React, Nuxt → Vue, SvelteKit → Svelte). Angular and Svelte win over React
 * and Vue when both appear (a Svelte app with a React dev tool is a Svelte app); no package.json, or
 * none of these: undefined (the caller asks, plain HTML first).
 */
const MARKERS: readonly [Framework, readonly string[]][] = [
  ['angular', ['@angular/core']],
  ['svelte', ['svelte', '@sveltejs/kit']],
  ['vue', ['vue', 'nuxt']],
  ['react', ['react', 'react-dom', 'next', '@remix-run/react', 'preact']],
];

const DEP_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies'] as const;

/** The frameworks a package.json depends on, most specific first. */
export function frameworksOf(pkg: unknown): Framework[] {
  if (typeof pkg !== 'object' || pkg === null) return [];
  const deps = new Set<string>();
  for (const field of DEP_FIELDS) {
    const d = (pkg as Record<string, unknown>)[field];
    if (typeof d === 'object' && d !== null) for (const name of Object.keys(d)) deps.add(name);
  }
  return MARKERS.filter(([, names]) => names.some((n) => deps.has(n))).map(([fw]) => fw);
}

/** Over several package.json files (a monorepo): the framework most of them use; ties go to the more specific. */
export function detectFramework(pkgs: readonly unknown[]): Framework | undefined {
  const votes = new Map<Framework, number>();
  for (const pkg of pkgs) {
    const first = frameworksOf(pkg)[0];
    if (first) votes.set(first, (votes.get(first) ?? 0) + 1);
  }
  let best: Framework | undefined;
  for (const [fw] of MARKERS) if ((votes.get(fw) ?? 0) > (best ? votes.get(best)! : 0)) best = fw;
  return best;
}
