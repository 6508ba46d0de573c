import type { Framework } from '../frameworks';
import { codePointLength, codePointPrefix, collapseSpace, hasNonSpace, oneUnitPerCodePoint } from '../pycompat/builtins';
import { formatValue, type EnhancerRules, type Entry, type TableName } from './rules';

/** Rule-based prompt enhancement (python/siza_ml/services/enhance/rules.py), step for step. */
export interface RuleEnhancement {
  enhanced: string;
  rewritten: string;
  additions: string[];
  componentType: string | null;
  framework: Framework | null;
}

export interface EnhanceOptions {
  componentType?: string | null;
  framework?: Framework | null;
  style?: string | null;
  mood?: string | null;
  industry?: string | null;
}

// str.isupper(): no lower-case or title-case letter, and at least one upper-case one.
const HAS_LOWER = /[\p{Lowercase}\p{Lt}]/u;
const HAS_UPPER = /\p{Uppercase}/u;
const isUpper = (s: string) => HAS_UPPER.test(s) && !HAS_LOWER.test(s);

function cased(replacement: string, original: string): string {
  if (codePointLength(original) > 1 && isUpper(original)) return replacement.toUpperCase();
  const first = codePointPrefix(original, 1);
  if (first && isUpper(first)) {
    const head = codePointPrefix(replacement, 1);
    return head.toUpperCase() + replacement.slice(head.length);
  }
  return replacement;
}

/** One pass, longest phrase first, so a replacement is never rewritten again. */
export function rewriteVague(prompt: string, rules: EnhancerRules): string {
  // The finder's only one-character step is [^word_chars], which an emoji's low surrogate satisfies as the emoji does in Python.
  return rules.vague.sub(collapseSpace(prompt), (_m, before, word) => before + cased(rules.replacements.get(word.toLowerCase())!, word));
}

/** The entry mentioned earliest in the text; ties go to the earlier entry in the file. */
function find(table: readonly Entry[], text: string): Entry | null {
  let best: { pos: number; entry: Entry } | null = null;
  const searchable = oneUnitPerCodePoint(text);
  for (const entry of table) {
    const m = entry.finder.search(searchable);
    if (m === null) continue;
    const pos = m.index + m[1]!.length;
    if (best === null || pos < best.pos) best = { pos, entry };
  }
  return best?.entry ?? null;
}

/** A requested value (its id or a keyword) wins, else what the prompt mentions; an unknown requested value comes back as `unknown`. */
function resolve(table: readonly Entry[], requested: string | null | undefined, prompt: string): { entry: Entry | null; unknown: string | null } {
  if (requested && hasNonSpace(requested)) {
    const value = collapseSpace(requested);
    const entry = find(table, value);
    return entry ? { entry, unknown: null } : { entry: null, unknown: value };
  }
  return { entry: find(table, prompt), unknown: null };
}

export function enhance(prompt: string, opts: EnhanceOptions, rules: EnhancerRules): RuleEnhancement {
  const original = collapseSpace(prompt);
  const rewritten = rewriteVague(prompt, rules);
  const lowered = original.toLowerCase();
  const additions: string[] = [];
  const add = (hints: readonly string[]) => {
    for (const hint of hints) {
      if (!additions.includes(hint) && !lowered.includes(hint.toLowerCase())) additions.push(hint);
    }
  };

  // The order of the additions: framework, component type, style, mood, industry.
  const requested: [TableName, string | null | undefined, keyof EnhancerRules['custom'] | null][] = [
    ['frameworks', opts.framework, null],
    ['component_types', opts.componentType, 'component_type'],
    ['styles', opts.style, 'style'],
    ['moods', opts.mood, 'mood'],
    ['industries', opts.industry, 'industry'],
  ];
  const resolved = new Map<TableName, string | null>();
  for (const [table, value, customKey] of requested) {
    const { entry, unknown } = resolve(rules.tables[table], value, original);
    resolved.set(table, entry ? entry.id : unknown);
    if (entry) add(entry.hints);
    else if (unknown && customKey) add([formatValue(rules.custom[customKey], codePointPrefix(unknown, rules.limits.max_option_chars))]);
  }
  const searchable = oneUnitPerCodePoint(original);
  for (const { skipIf, hints } of rules.general) {
    if (!skipIf.search(searchable)) add(hints);
  }

  const kept = additions.slice(0, rules.limits.max_additions);
  const t = rules.template;
  const body = kept.map((a) => t.bullet + a).join('\n');
  return {
    enhanced: kept.length ? `${rewritten}${t.separator}${t.header}\n${body}` : rewritten,
    rewritten,
    additions: kept,
    componentType: resolved.get('component_types') ?? null,
    // Only a requested framework can be unknown, and the request's type allows known ones only.
    framework: (resolved.get('frameworks') ?? null) as Framework | null,
  };
}
