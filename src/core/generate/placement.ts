import type { Framework } from '../frameworks';
import * as path from 'node:path';
import { toKebab } from '../library/render';

/**
 * Where Save as File puts a generated component, following the workspace: the folder where most of
 * its components of that framework live ("components" folders first), the file naming style they
 * use (PascalCase, kebab-case, camelCase; Angular's `.component.ts` suffix or the v20 style without),
 * and a folder per component when that is the habit (Button/Button.tsx, button/index.tsx).
 * `existing` are workspace-relative POSIX paths of component files of that framework.
 */
export interface Placement {
  /** Workspace-relative POSIX path. */
  relPath: string;
  style: 'pascal' | 'kebab' | 'camel' | 'index';
}

const EXT: Record<Framework, string> = { react: '.tsx', vue: '.vue', svelte: '.svelte', angular: '.ts', html: '.html' };

export function placeComponent(existing: readonly string[], framework: Framework, name: string, opts: { hasSrc?: boolean } = {}): Placement {
  const files = existing.map((p) => p.replace(/\\/g, '/')).filter((p) => !/(^|\/)(node_modules|dist|build|out)\//.test(p));
  const perComponent = files.filter((f) => {
    const dir = path.posix.basename(path.posix.dirname(f)).toLowerCase();
    const base = stem(f, framework).toLowerCase().replace(/-/g, '');
    return base === 'index' || base === dir.replace(/-/g, '');
  });
  const folderPerComponent = files.length >= 2 && perComponent.length * 2 > files.length;
  const dirs = files.map((f) => (folderPerComponent && perComponent.includes(f) ? path.posix.dirname(path.posix.dirname(f)) : path.posix.dirname(f)));
  const dir = mostCommon(dirs, (d) => (/(^|\/)components?$/.test(d) ? 1 : 0)) ?? (opts.hasSrc ? 'src/components' : 'components');
  const style = namingStyle(files.filter((f) => !perComponent.includes(f) || !folderPerComponent), framework, perComponent, folderPerComponent);
  const base = styled(name, style.style);
  const angularSuffix = framework === 'angular' && style.angularSuffix ? '.component' : '';
  let file: string;
  if (style.style === 'index') file = `${styled(name, style.folderStyle)}/index${EXT[framework]}`;
  else if (folderPerComponent) file = `${base}/${base}${angularSuffix}${EXT[framework]}`;
  else file = `${base}${angularSuffix}${EXT[framework]}`;
  return { relPath: dir === '.' ? file : `${dir}/${file}`, style: style.style };
}

function stem(file: string, framework: Framework): string {
  let b = path.posix.basename(file);
  if (framework === 'angular') b = b.replace(/\.component\.ts$/, '').replace(/\.ts$/, '');
  return b.replace(/\.[^.]+$/, '');
}

function namingStyle(
  files: readonly string[],
  framework: Framework,
  perComponent: readonly string[],
  folderPerComponent: boolean,
): { style: Placement['style']; folderStyle: 'pascal' | 'kebab' | 'camel'; angularSuffix: boolean } {
  const defaults: Record<Framework, 'pascal' | 'kebab'> = { react: 'pascal', vue: 'pascal', svelte: 'pascal', angular: 'kebab', html: 'kebab' };
  const votes = { pascal: 0, kebab: 0, camel: 0 };
  for (const f of files) {
    const s = classify(stem(f, framework));
    if (s) votes[s]++;
  }
  const best = (Object.entries(votes) as [keyof typeof votes, number][]).sort((a, b) => b[1] - a[1])[0]!;
  const style = best[1] > 0 ? best[0] : defaults[framework];
  const indexFiles = perComponent.filter((f) => stem(f, framework) === 'index');
  if (folderPerComponent && indexFiles.length * 2 > perComponent.length) {
    const folderVotes = { pascal: 0, kebab: 0, camel: 0 };
    for (const f of indexFiles) {
      const s = classify(path.posix.basename(path.posix.dirname(f)));
      if (s) folderVotes[s]++;
    }
    const fb = (Object.entries(folderVotes) as [keyof typeof folderVotes, number][]).sort((a, b) => b[1] - a[1])[0]!;
    return { style: 'index', folderStyle: fb[1] > 0 ? fb[0] : defaults[framework], angularSuffix: true };
  }
  const angular = files.filter((f) => f.endsWith('.ts'));
  const suffixed = angular.filter((f) => f.endsWith('.component.ts')).length;
  return { style, folderStyle: style, angularSuffix: angular.length === 0 || suffixed * 2 >= angular.length };
}

function classify(stem: string): 'pascal' | 'kebab' | 'camel' | undefined {
  if (/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(stem)) return 'pascal';
  if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(stem)) return 'kebab';
  if (/^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(stem)) return 'camel';
  return undefined; // one word: says nothing about the style
}

function styled(name: string, style: 'pascal' | 'kebab' | 'camel' | 'index'): string {
  if (style === 'kebab') return toKebab(name);
  if (style === 'camel') return name[0]!.toLowerCase() + name.slice(1);
  return name;
}

/** The most frequent value; `prefer` breaks ties (and outweighs a difference of one). */
function mostCommon(values: readonly string[], prefer: (v: string) => number): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestScore = -1;
  for (const [v, n] of counts) {
    const score = n + prefer(v) * 1.5;
    if (score > bestScore || (score === bestScore && best !== undefined && v < best)) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}
