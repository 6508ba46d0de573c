/**
 * The frameworks Siza Gen reads, scores and generates: declared once for TypeScript. The sidecar's
 * `Framework` literal (python/siza_ml/schemas/score.py) is checked against this list by
 * python/tests/test_frameworks.py.
 */
export const FRAMEWORKS = ['react', 'vue', 'svelte', 'angular', 'html'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export function isFramework(value: unknown): value is Framework {
  return typeof value === 'string' && (FRAMEWORKS as readonly string[]).includes(value);
}
