/**
 * The fine-tuning dataset: prompt → code pairs from the generations a person accepted (their
 * description → the code they kept) and from the workspace's own components (a prompt naming the
 * component and its framework → its code). Deduplicated by code, bounded in size, shuffled
 * deterministically; written as JSONL ({"prompt", "completion"} per line) for the sidecar's /train/start.
 */
import { createHash } from 'node:crypto';

export interface TrainPair {
  prompt: string;
  completion: string;
  /** 'feedback' or 'workspace', for the size shown before training. */
  source: 'feedback' | 'workspace';
}

export interface WorkspaceComponent {
  name: string;
  framework: string;
  file: string;
  code: string;
}

export const MIN_CODE_CHARS = 40;
export const MAX_CODE_CHARS = 6_000;
export const MAX_PAIRS = 2_000;

const FRAMEWORK_LABEL: Record<string, string> = { react: 'React (TSX)', vue: 'Vue 3 single-file', svelte: 'Svelte 5', angular: 'Angular standalone', html: 'HTML' };

export function workspacePrompt(c: WorkspaceComponent): string {
  const words = c.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return `Write the ${FRAMEWORK_LABEL[c.framework] ?? c.framework} component ${c.name}: a ${words}.`;
}

export function feedbackPrompt(description: string, framework: string): string {
  return `Write a ${FRAMEWORK_LABEL[framework] ?? framework} component: ${description.trim()}`;
}

/** Accepted generations from the feedback JSONL text (malformed lines and rejected ones skipped, counted). */
export function pairsFromFeedback(jsonl: string): { pairs: TrainPair[]; skipped: number } {
  const pairs: TrainPair[] = [];
  let skipped = 0;
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as { verdict?: unknown; description?: unknown; framework?: unknown; code?: unknown };
      if (r.verdict !== 'accepted' || typeof r.description !== 'string' || typeof r.code !== 'string' || typeof r.framework !== 'string') {
        skipped++;
        continue;
      }
      pairs.push({ prompt: feedbackPrompt(r.description, r.framework), completion: r.code, source: 'feedback' });
    } catch {
      skipped++;
    }
  }
  return { pairs, skipped };
}

export function pairsFromComponents(components: readonly WorkspaceComponent[]): TrainPair[] {
  return components.map((c) => ({ prompt: workspacePrompt(c), completion: c.code, source: 'workspace' as const }));
}

export interface Dataset {
  pairs: TrainPair[];
  fromFeedback: number;
  fromWorkspace: number;
  /** Left out: duplicates of code already in, too short or too long. */
  dropped: number;
}

/** Feedback first (a person chose it), then the workspace; each code once; sizes bounded; a seeded shuffle. */
export function buildDataset(feedback: readonly TrainPair[], workspace: readonly TrainPair[], seed = 0): Dataset {
  const seen = new Set<string>();
  const kept: TrainPair[] = [];
  let dropped = 0;
  for (const p of [...feedback, ...workspace]) {
    const code = p.completion.trim();
    const key = createHash('sha256').update(code.replace(/\s+/g, ' ')).digest('hex');
    if (code.length < MIN_CODE_CHARS || code.length > MAX_CODE_CHARS || seen.has(key) || kept.length >= MAX_PAIRS) {
      dropped++;
      continue;
    }
    seen.add(key);
    kept.push({ ...p, completion: code });
  }
  shuffle(kept, seed);
  return { pairs: kept, fromFeedback: kept.filter((p) => p.source === 'feedback').length, fromWorkspace: kept.filter((p) => p.source === 'workspace').length, dropped };
}

export function toJsonl(pairs: readonly TrainPair[]): string {
  return pairs.map((p) => JSON.stringify({ prompt: p.prompt, completion: p.completion })).join('\n') + (pairs.length ? '\n' : '');
}

/** Fisher–Yates with a small deterministic generator (mulberry32), so a dataset is reproducible. */
function shuffle<T>(a: T[], seed: number): void {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}
