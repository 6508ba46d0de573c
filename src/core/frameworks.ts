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

/** Extensions that name their framework; any other component file (.tsx, .jsx, .ts, .js) is read as React's. */
const BY_EXTENSION: Readonly<Record<string, Framework>> = { '.vue': 'vue', '.svelte': 'svelte', '.html': 'html', '.htm': 'html' };

/** The framework of a file's code when no component in it says: by its extension, else React. */
export function frameworkOfFile(fileName: string): Framework {
  const dot = fileName.lastIndexOf('.');
  return (dot >= 0 && BY_EXTENSION[fileName.slice(dot).toLowerCase()]) || 'react';
}
