import type { Framework } from '../frameworks';
import { countNonBlankLines, hasNonSpace, pyRound, pyStrip } from '../pycompat/builtins';
import type { RuleSet } from './ruleset';

/**
 * What the code is (framework, how code-like) and how well it follows the prompt
 * (python/siza_ml/services/scoring/signals.py). `text` is the code after oneUnitPerCodePoint.
 */
const WORD = /[a-z][a-z0-9-]*/g;

/** The framework with the most matching signals; ties go to the earlier one in `order`. */
export function detectFramework(text: string, rs: RuleSet): Framework {
  let best = rs.defaultFramework;
  let bestHits = 0;
  for (const fw of rs.detectionOrder) {
    const hits = (rs.detection.get(fw) ?? []).filter((p) => p.search(text)).length;
    if (hits > bestHits) {
      best = fw;
      bestHits = hits;
    }
  }
  return best;
}

function printableRatio(code: string): number {
  let ok = 0;
  let total = 0;
  // Code points, as Python counts them; a lone surrogate counts as one printable character there too.
  for (const c of code) {
    const cp = c.codePointAt(0)!;
    total++;
    if (cp === 9 || cp === 10 || cp === 13 || (cp >= 32 && cp < 127) || (cp >= 160 && cp !== 0xfffd)) ok++;
  }
  return ok / total;
}

/** How much the heuristics can be trusted: needs enough lines of something that is code. */
export function confidence(code: string, text: string, rs: RuleSet): number {
  if (!hasNonSpace(code)) return 0;
  const cfg = rs.confidence;
  if (printableRatio(code) < cfg.min_printable_ratio) return cfg.garbage_confidence;
  const size = Math.min(1, countNonBlankLines(code) / cfg.full_size_lines);
  const signals = rs.codeSignals.filter((p) => p.search(text)).length / rs.codeSignals.length;
  const value = (cfg.size_floor + (1 - cfg.size_floor) * size) * (cfg.signal_floor + (1 - cfg.signal_floor) * signals);
  return pyRound(value, 2);
}

/** The prompt's lower-cased content words, unique, in order, at most max_keywords. */
export function promptKeywords(prompt: string, rs: RuleSet): string[] {
  const cfg = rs.adherence;
  const seen: string[] = [];
  for (const [match] of prompt.toLowerCase().matchAll(WORD)) {
    const word = match.replace(/-+$/, '');
    if (word.length >= cfg.min_word_length && !rs.stopwords.has(word) && !seen.includes(word)) seen.push(word);
  }
  return seen.slice(0, cfg.max_keywords);
}

export interface Adherence {
  keywords: string[];
  missing: string[];
  // 0-10 before any structure penalty.
  coverageScore: number;
  // null: no expectation for this component type (or none given).
  structureOk: boolean | null;
}

/** Keyword coverage (a plural also counts via its singular) and the type's expected element. */
export function adherence(code: string, text: string, prompt: string | null, componentType: string | null, rs: RuleSet): Adherence {
  const lowered = code.toLowerCase();
  const keywords = promptKeywords(prompt ?? '', rs);
  const present = (w: string) => lowered.includes(w) || (w.endsWith('s') && lowered.includes(w.slice(0, -1)));
  const missing = keywords.filter((w) => !present(w));
  const coverage = keywords.length === 0 ? 1 : (keywords.length - missing.length) / keywords.length;
  const pattern = rs.structure.get(pyStrip(componentType ?? '').toLowerCase());
  return {
    keywords,
    missing,
    coverageScore: 10 * Math.min(1, coverage / rs.adherence.full_marks_coverage),
    structureOk: pattern === undefined ? null : pattern.search(text) !== null,
  };
}
