/**
 * What grounds a code-first generation in the workspace (no vscode here, so it tests in plain Node):
 * the workspace's own components nearest to the request, searched in the workspace index through the
 * inference service as Find Similar does, their code read back from the files by the index's ranges,
 * and the workspace's design tokens (designTokens.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import type { Framework } from '../core/frameworks';
import type { DesignToken } from '../core/generate/designTokens';
import type { Logger } from '../core/logger';
import type { InferenceService } from '../inference/service';
import { readDesignTokens } from './designTokens';

export interface WorkspaceExample {
  name: string;
  /** Workspace-relative file. */
  rel: string;
  framework: string;
  code: string;
}

export interface Grounding {
  nearest(query: string, framework: Framework, k: number, signal?: AbortSignal): Promise<WorkspaceExample[]>;
  tokens(): Promise<DesignToken[]>;
}

export interface GroundingDeps {
  index: { readonly collection: string; ensureIndexed(): Promise<unknown> };
  inference: Pick<InferenceService, 'search'>;
  /** The workspace folders' paths (design tokens are read under them). */
  roots: () => readonly string[];
  log: Logger;
}

/** One example's code is cut here; a file larger than the index's own limit is not read. */
const MAX_EXAMPLE_CHARS = 3_000;
const MAX_FILE_BYTES = 256 * 1024;

export class WorkspaceGrounding implements Grounding {
  constructor(private readonly deps: GroundingDeps) {}

  /** The nearest components in the target framework (others only when it has none), best first. */
  async nearest(query: string, framework: Framework, k: number, signal?: AbortSignal): Promise<WorkspaceExample[]> {
    await this.deps.index.ensureIndexed();
    const res = await this.deps.inference.search(this.deps.index.collection, { text: query, k: k * 4 }, signal);
    const hits = [...res.hits].sort((a, b) => b.score - a.score);
    const same = hits.filter((h) => h.metadata.framework === framework);
    const out: WorkspaceExample[] = [];
    for (const h of (same.length ? same : hits).slice(0, k)) {
      const m = h.metadata;
      if (typeof m.path !== 'string' || typeof m.name !== 'string' || !Array.isArray(m.range)) continue;
      const code = await readRange(m.path, m.range as number[]).catch((e: unknown) => {
        this.deps.log.debug(`grounding: cannot read ${m.path as string}: ${(e as Error).message}`);
        return undefined;
      });
      if (code) out.push({ name: m.name, rel: typeof m.rel === 'string' ? m.rel : m.path, framework: String(m.framework), code });
    }
    return out;
  }

  tokens(): Promise<DesignToken[]> {
    return readDesignTokens(this.deps.roots(), this.deps.log);
  }
}

/** The component's lines as the index recorded them ([startLine, startChar, endLine, endChar], 0-based). */
async function readRange(file: string, range: readonly number[]): Promise<string | undefined> {
  if ((await stat(file)).size > MAX_FILE_BYTES) return undefined;
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
  const [start = 0, , end = lines.length - 1] = range;
  const code = lines.slice(start, end + 1).join('\n').trim();
  return code.length > MAX_EXAMPLE_CHARS ? `${code.slice(0, MAX_EXAMPLE_CHARS)}\n…` : code;
}
