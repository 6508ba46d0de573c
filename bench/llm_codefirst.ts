// The bundled SmolLM2-135M (the sidecar's 'local' provider) run end to end through the code-first
// prompt, the checks and the repair rounds, as Generate Component runs it: what it wrote, whether it
// passed, how long it took. Run: npx tsx bench/llm_codefirst.ts (writes its bench/RESULTS.md section).
import { cpus, loadavg, release } from 'node:os';
import * as path from 'node:path';
import { Analysis } from '../src/analysis/client';
import { readSettings } from '../src/config';
import { Generator } from '../src/generate/generator';
import { LibraryIndex } from '../src/generate/libraryIndex';
import { InferenceService } from '../src/inference/service';
import { ComponentScorer } from '../src/quality/scorer';
import { VectorStore } from '../src/store/store';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../src/core/inference';
import type { Framework } from '../src/core/frameworks';
import { analysisWorkerScript } from '../test/unit/analysisWorker';
import { SIDECAR_TOKEN, startSidecar, tempDir } from '../test/unit/helpers';
import { SidecarClient } from '../src/sidecar/client';
import { MemoryLogger } from '../test/unit/memoryLogger';
import { replaceSection } from './resultsMd';

const REQUESTS: [string, Framework][] = [['a subscribe button for a newsletter', 'html']];
const TIMEOUT_S = 300;
/** As the VS Code test runs SmolLM2: short answers (it writes ~10 tokens/s on two shared cores after a long prompt). */
const MAX_TOKENS = 256;

async function main(): Promise<void> {
  const log = new MemoryLogger();
  const sidecar = await startSidecar({ SIZA_ML_LLM_PROVIDER: 'local', SIZA_ML_LLM_TIMEOUT_S: String(TIMEOUT_S), SIZA_ML_TORCH_THREADS: '2' });
  const analysis = new Analysis(log, await analysisWorkerScript());
  try {
    const base = readSettings({ get: () => undefined });
    const settings = { ...base, llm: { ...base.llm, provider: 'local' as const, timeoutSeconds: TIMEOUT_S }, generate: { ...base.generate, maxTokens: MAX_TOKENS } };
    const store = new VectorStore(path.join(tempDir('bench-llm'), 'vectors'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
    // the LLM calls wait as long as the sidecar's own budget (the extension does the same: timeoutSeconds + 5)
    const client = new SidecarClient({ baseUrl: sidecar.baseUrl, token: SIDECAR_TOKEN, llmTimeoutMs: (TIMEOUT_S + 5) * 1000 });
    const inference = new InferenceService({ sidecar: () => client, embedder: undefined, store: () => store, log });
    const library = new LibraryIndex(inference, () => sidecar.dataDir, log);
    const gen = new Generator({ inference, analysis, scorer: new ComponentScorer(inference, analysis), library, settings: () => settings, log });
    let t = performance.now();
    await client.chat({ messages: [{ role: 'user', content: 'Say OK.' }], max_tokens: 4 });
    const loadS = (performance.now() - t) / 1000;
    const rows: string[] = [];
    const samples: string[] = [];
    for (const [description, framework] of REQUESTS) {
      t = performance.now();
      const g = await gen.generate({ description, framework });
      const s = (performance.now() - t) / 1000;
      const passed = g.source === 'llm' && (g.llm?.unresolved?.length ?? 1) === 0;
      const verdict = g.source !== 'llm' ? `no component: ${g.llm?.error ?? '?'}` : passed ? 'passed every check' : `still failing: ${(g.llm?.unresolved ?? []).slice(0, 3).join('; ')}`;
      rows.push(`| ${description} | ${framework} | ${g.llm?.attempts ?? 0} | ${s.toFixed(0)} s | ${verdict.replace(/\|/g, '\\|').slice(0, 300)} |`);
      const rounds = (g.llm?.rounds ?? []).map((r, i) => `reply ${i + 1}: ${r.problems.join('; ') || 'passed'}`).join(' · ');
      samples.push(`${description} (${framework}): ${rounds || g.llm?.error || ''}. The code returned:\n\n\`\`\`\n${(g.source === 'llm' ? g.code : '(none)').slice(0, 1200)}\n\`\`\``);
      console.log(rows.at(-1));
    }
    const section = [
      '## LLM code-first generation (bundled SmolLM2-135M)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Linux ${release()} (Debian 12), by \`npx tsx bench/llm_codefirst.ts\`:`,
      `the real sidecar with \`SIZA_ML_LLM_PROVIDER=local\` (SmolLM2-135M-Instruct Q4_1 GGUF, 2 torch threads), the code-first prompt`,
      `(the 3 closest library components rendered in the framework), the frameworks' compilers, the accessibility analysers and the scorer,`,
      `up to two repair rounds, \`siza.generate.maxTokens\` ${MAX_TOKENS} (as the VS Code test runs it). Loading the model and a 4-token reply took ${loadS.toFixed(0)} s first.`,
      `The machine was shared (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the end): the times say what this machine did, not what the model needs.`,
      'One run, sampling at temperature 0.2: this says what the model did once, not a rate. The time includes the sidecar scorer\'s own LLM judgement of each reply that held code.',
      '',
      '| request | framework | LLM calls | time | result |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
      '',
      ...samples,
      '',
    ].join('\n');
    replaceSection('## LLM code-first generation (bundled SmolLM2-135M)', section);
  } finally {
    await analysis.dispose();
    sidecar.proc.kill();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
