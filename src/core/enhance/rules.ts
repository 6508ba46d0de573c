import rulesJson from '../../../python/siza_ml/rules/enhancer_rules.json';
import { compilePattern, RulePattern } from '../pycompat/pattern';
import { codePointLength } from '../pycompat/builtins';
import { enhancerRulesSchema, type EnhancerRulesData, type EntryData } from './schema';

/** enhancer_rules.json validated and compiled once (python/siza_ml/services/enhance/rules.py). */
export interface Entry {
  id: string;
  finder: RulePattern;
  hints: readonly string[];
}

export const TABLES = ['component_types', 'frameworks', 'styles', 'moods', 'industries'] as const;
export type TableName = (typeof TABLES)[number];

export interface EnhancerRules {
  vague: RulePattern;
  // Maps, not objects: a word such as "constructor" must not find Object.prototype.
  replacements: ReadonlyMap<string, string>;
  tables: Readonly<Record<TableName, readonly Entry[]>>;
  general: readonly { skipIf: RulePattern; hints: readonly string[] }[];
  custom: EnhancerRulesData['custom'];
  template: EnhancerRulesData['template'];
  limits: EnhancerRulesData['limits'];
  llm: EnhancerRulesData['llm'];
}

// Every character RegExp syntax gives a meaning to, so each word matches literally (re.escape).
const SPECIAL = /[\\^$.*+?()[\]{}|/]/g;

/** Group 2 is the word; group 1 the character before it, kept (no lookbehind in Python's port). */
export function wholeWords(words: readonly string[], wordChars: string): RulePattern {
  // Longest first; Array.sort is stable, as Python's sorted(reverse=True) is for equal lengths.
  const sorted = [...words].sort((a, b) => codePointLength(b) - codePointLength(a));
  const alternation = sorted.map((w) => w.replace(SPECIAL, '\\$&')).join('|');
  return new RulePattern(`(^|[^${wordChars}])(${alternation})(?![${wordChars}])`, 'i');
}

/** `template.format(value=value)`: only {value} and doubled braces are meaningful. */
export function formatValue(template: string, value: string): string {
  return template.replace(/\{\{|\}\}|\{([^{}]*)\}|[{}]/g, (m, name: string | undefined) => {
    if (m === '{{' || m === '}}') return m[0]!;
    if (name === 'value') return value;
    throw new Error(`enhancer_rules.json: template ${JSON.stringify(template)} may only use {value}`);
  });
}

function entry(e: EntryData, wordChars: string): Entry {
  return { id: e.id, finder: wholeWords([...e.keywords, e.id], wordChars), hints: e.hints };
}

/** Builds EnhancerRules from (already parsed) JSON; throws with the offending path when it is malformed. */
export function buildEnhancerRules(json: unknown): EnhancerRules {
  const data = enhancerRulesSchema.parse(json);
  const chars = data.word_chars;
  const replacements = new Map(data.vague_words.map((v) => [v.word.toLowerCase(), v.replacement]));
  if (replacements.size !== data.vague_words.length) throw new Error('enhancer_rules.json: duplicate vague words');
  for (const t of Object.values(data.custom)) formatValue(t, '');
  const tables = Object.fromEntries(TABLES.map((name) => [name, data[name].map((e) => entry(e, chars))])) as Record<TableName, Entry[]>;
  return {
    vague: wholeWords([...replacements.keys()], chars),
    replacements,
    tables,
    general: data.general.map((g) => ({ skipIf: compilePattern(g.skip_if), hints: g.hints })),
    custom: data.custom,
    template: data.template,
    limits: data.limits,
    llm: data.llm,
  };
}

let cached: EnhancerRules | undefined;

/** The shipped rules, validated and compiled on first use. */
export function enhancerRules(): EnhancerRules {
  cached ??= buildEnhancerRules(rulesJson);
  return cached;
}
