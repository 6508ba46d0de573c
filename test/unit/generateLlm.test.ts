import * as assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Analysis } from '../../src/analysis/client';
import { readSettings, type Settings } from '../../src/config';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../../src/core/inference';
import { Generator } from '../../src/generate/generator';
import { WorkspaceGrounding } from '../../src/generate/grounding';
import { LibraryIndex } from '../../src/generate/libraryIndex';
import type { GenerateProgress, GenerateStage } from '../../src/generate/viaCode';
import type { Generation } from '../../src/generate/types';
import { WorkerEmbedder } from '../../src/inference/inprocess/workerEmbedder';
import { directLlmFrom } from '../../src/inference/llm/configured';
import { InferenceService } from '../../src/inference/service';
import { ComponentScorer } from '../../src/quality/scorer';
import type { SidecarClient } from '../../src/sidecar/client';
import { VectorStore } from '../../src/store/store';
import { WorkspaceIndexer, type SourceFile } from '../../src/workspaceIndex/indexer';
import { analysisWorkerScript } from './analysisWorker';
import { embedWorkerScript, MODELS_DIR, requireModel } from './embedWorker';
import { FakeLlmServer, type ScriptedReply } from './fakeLlm';
import { ROOT, startSidecar, tempDir, waitFor } from './helpers';
import { MemoryLogger } from './memoryLogger';

/**
 * The code-first LLM loop against protocol-level test servers (python/tests/fake_llm.py as a process,
 * speaking Ollama's NDJSON stream and the OpenAI-compatible SSE stream), with the real model, library
 * collection, compilers, accessibility analysers and scorer. The replies are scripted, so these tests
 * are about the loop (extract, check, repair, stream, cancel), not about any model's quality.
 */

const PROSE_AROUND = (code: string) =>
  `Sure! Here is an accessible newsletter signup component.\n\n\`\`\`tsx\n${code}\n\`\`\`\n\nUsage:\n\n\`\`\`tsx\n<NewsletterSignup onSubscribe={save} />\n\`\`\`\n\nIt uses a native form and a label, so it works with a keyboard and a screen reader.`;

const SIGNUP = `export interface NewsletterSignupProps {
  onSubscribe: () => void;
}

export function NewsletterSignup({ onSubscribe }: NewsletterSignupProps) {
  return (
    <form className="flex gap-2 rounded-lg bg-white p-4" onSubmit={(e) => { e.preventDefault(); onSubscribe(); }}>
      <label htmlFor="newsletter-email" className="sr-only">Email</label>
      <input id="newsletter-email" name="email" type="email" className="rounded border px-3 py-2" />
      <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-white focus-visible:ring-2">Subscribe</button>
    </form>
  );
}`;

/** A closing tag misspelt: TypeScript's JSX parser rejects it. */
const SIGNUP_BROKEN = SIGNUP.replace('Subscribe</button>', 'Subscribe</buton>');

const GALLERY_INACCESSIBLE = `export interface PhotoTileProps {
  imageUrl: string;
  onOpen: () => void;
}

export function PhotoTile({ imageUrl, onOpen }: PhotoTileProps) {
  return (
    <div className="rounded-lg shadow" onClick={onOpen}>
      <img src={imageUrl} className="w-full rounded-lg" />
    </div>
  );
}`;

const GALLERY_FIXED = `export interface PhotoTileProps {
  imageUrl: string;
  caption: string;
  onOpen: () => void;
}

export function PhotoTile({ imageUrl, caption, onOpen }: PhotoTileProps) {
  return (
    <button type="button" className="rounded-lg shadow focus-visible:ring-2" onClick={onOpen}>
      <img src={imageUrl} alt={caption} className="w-full rounded-lg" />
    </button>
  );
}`;

const TRUNCATED = "Here you go:\n```tsx\nexport function PricingTable() {\n  return (\n    <table className=\"w-full\">\n      <thead>\n        <tr><th scope=\"col\">Plan</th><th scope=";

const VUE_SFC = `<script setup lang="ts">
defineProps<{ label: string }>();
const emit = defineEmits<{ (e: 'press'): void }>();
</script>

<template>
  <button type="button" class="rounded bg-blue-700 px-4 py-2 text-white focus-visible:ring-2" @click="emit('press')">{{ label }}</button>
</template>`;

describe('generate with an LLM: code first, checked, repaired, streamed (protocol-level test servers)', function () {
  this.timeout(240_000);
  let embedder: WorkerEmbedder;
  let analysis: Analysis;
  let data: string;
  let store: VectorStore;
  const log = new MemoryLogger();
  const servers: Partial<Record<'ollama' | 'openai', FakeLlmServer>> = {};

  before(async () => {
    requireModel();
    data = tempDir('gen-llm');
    embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('tjs'), workerScript: await embedWorkerScript() });
    store = new VectorStore(path.join(data, 'vectors'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
    analysis = new Analysis(log, await analysisWorkerScript());
    [servers.ollama, servers.openai] = await Promise.all([FakeLlmServer.start('ollama'), FakeLlmServer.start('openai')]);
  });

  after(async () => {
    servers.ollama?.stop();
    servers.openai?.stop();
    await embedder?.dispose();
    await analysis?.dispose();
  });

  function llmSettings(fake: FakeLlmServer): Settings {
    const base = readSettings({ get: () => undefined });
    return { ...base, llm: { ...base.llm, provider: fake.protocol, url: fake.url, model: 'coder-1', timeoutSeconds: 60 } };
  }

  /** A generator on the in-process tier: the host streams from the test server itself (no sidecar). */
  function hostGenerator(fake: FakeLlmServer, extra: { grounding?: WorkspaceGrounding; sidecar?: SidecarClient } = {}): { gen: Generator; inference: InferenceService } {
    const settings = llmSettings(fake);
    const inference = new InferenceService({
      sidecar: () => extra.sidecar,
      embedder,
      store: () => store,
      log,
      directLlm: directLlmFrom(() => settings.llm, () => Promise.resolve(undefined)),
    });
    const library = new LibraryIndex(inference, () => data, log);
    const gen = new Generator({ inference, analysis, scorer: new ComponentScorer(inference, analysis), library, settings: () => settings, log, ...(extra.grounding ? { grounding: extra.grounding } : {}) });
    return { gen, inference };
  }

  /** What the panel is told, in order. */
  function recorder(onDelta?: (text: string) => void): GenerateProgress & { stages: string[]; text: string[]; retrievedBeforeText: boolean } {
    const r = {
      stages: [] as string[],
      text: [] as string[],
      retrievedBeforeText: false,
      retrievedSeen: false,
      stage(s: GenerateStage, round: number) {
        r.stages.push(round ? `${s}#${round}` : s);
      },
      retrieved() {
        r.retrievedSeen = true;
      },
      delta(t: string, round: number) {
        if (r.text.length === 0 && round === 0) r.retrievedBeforeText = r.retrievedSeen;
        r.text[round] = (r.text[round] ?? '') + t;
        onDelta?.(t);
      },
    };
    return r;
  }

  async function run(fake: FakeLlmServer, replies: ScriptedReply[], description: string, framework: Generation['framework'] = 'react') {
    await fake.script(replies);
    const before = (await fake.requests()).length;
    const progress = recorder();
    const g = await hostGenerator(fake).gen.generate({ description, framework }, undefined, progress);
    const requests = (await fake.requests()).slice(before);
    return { g, requests, progress };
  }

  for (const protocol of ['ollama', 'openai'] as const) {
    describe(`over the ${protocol} protocol, streamed to the host`, () => {
      it('fenced code with prose around it (and a usage block after) is the result; valid in one round; streamed', async () => {
        const reply = PROSE_AROUND(SIGNUP);
        const { g, requests, progress } = await run(servers[protocol]!, [{ text: reply }], 'a newsletter signup form with an email field');
        assert.equal(g.source, 'llm');
        assert.equal(g.component, undefined);
        assert.equal(g.code, SIGNUP);
        assert.equal(g.name, 'NewsletterSignup');
        assert.equal(g.fileName, 'NewsletterSignup.tsx');
        assert.ok(g.validation.ok, g.validation.errors.join('\n'));
        assert.deepEqual(g.llm?.unresolved, []);
        assert.equal(g.llm?.attempts, 1);
        assert.equal(g.llm?.tier, 'in-process');
        assert.equal(g.llm?.model, `${protocol}:coder-1`);
        assert.ok(g.score, 'scored like any workspace code');
        assert.equal(requests.length, 1);
        assert.equal(requests[0]!.body.stream, true);
        assert.match(requests[0]!.body.messages[0]!.content, /React function component in TypeScript/);
        assert.match(requests[0]!.body.messages.at(-1)!.content, /Write the component \w+: a newsletter signup form/);
        assert.match(requests[0]!.body.messages.at(-1)!.content, /library: \w+\n```tsx\n/);
        assert.equal(progress.text[0], reply, 'the panel got every token, in order');
        assert.ok(progress.retrievedBeforeText, 'the retrieval result is shown before the model writes');
        assert.deepEqual(progress.stages, ['retrieving', 'writing', 'checking']);
      });

      it('a compile error goes back with the compiler’s message; the repaired reply passes', async () => {
        const { g, requests, progress } = await run(servers[protocol]!, [{ text: PROSE_AROUND(SIGNUP_BROKEN) }, { text: PROSE_AROUND(SIGNUP) }], 'a newsletter signup form');
        assert.equal(requests.length, 2);
        const repair = requests[1]!.body.messages.at(-1)!.content;
        assert.match(repair, /react compiler: \d+:\d+: Expected corresponding JSX closing tag for 'button'/);
        assert.equal(requests[1]!.body.messages.at(-2)!.role, 'assistant');
        assert.ok(g.validation.ok, g.validation.errors.join('\n'));
        assert.equal(g.code, SIGNUP);
        assert.deepEqual(g.llm?.unresolved, []);
        assert.equal(g.llm?.rounds?.length, 2);
        assert.ok(g.llm.rounds[0]!.problems.some((p) => p.includes('compiler')));
        assert.deepEqual(progress.stages, ['retrieving', 'writing', 'checking', 'repairing#1', 'checking#1']);
      });

      it('a serious accessibility finding (an img without alt in a clickable div) is repaired', async () => {
        const { g, requests } = await run(servers[protocol]!, [{ text: `\`\`\`jsx\n${GALLERY_INACCESSIBLE}\n\`\`\`` }, { text: `\`\`\`tsx\n${GALLERY_FIXED}\n\`\`\`` }], 'a clickable photo tile');
        assert.equal(requests.length, 2);
        const repair = requests[1]!.body.messages.at(-1)!.content;
        assert.match(repair, /accessibility \((serious|critical)\)/);
        assert.match(repair, /alt/i);
        assert.equal(g.code, GALLERY_FIXED);
        assert.ok(g.validation.ok, g.validation.errors.join('\n'));
        assert.deepEqual(g.llm?.unresolved, []);
      });

      it('a reply cut off inside its code block, every round, is a clear failure shown with its errors', async () => {
        const { g, requests } = await run(servers[protocol]!, [{ text: TRUNCATED, finish_reason: 'length' }], 'a pricing table');
        assert.equal(requests.length, 3, 'the first reply and two repair rounds');
        assert.equal(g.source, 'llm', 'never replaced by a library component');
        assert.equal(g.component, undefined);
        assert.match(g.code, /export function PricingTable/);
        assert.ok(g.llm?.unresolved?.some((u) => /cut off/.test(u)), JSON.stringify(g.llm?.unresolved));
        assert.ok(!g.validation.ok && g.validation.errors.length > 0);
        assert.equal(g.llm?.rounds?.length, 3);
      });

      it('Cancel during a slow stream rejects and closes the HTTP stream to the endpoint', async () => {
        const fake = servers[protocol]!;
        await fake.script([{ chunks: Array.from({ length: 200 }, (_, i) => `/* ${i} */\n`), chunk_delay_s: 0.1 }]);
        const before = (await fake.requests()).length;
        const ac = new AbortController();
        const progress = recorder(() => ac.abort());
        await assert.rejects(hostGenerator(fake).gen.generate({ description: 'a slow component', framework: 'react' }, ac.signal, progress), (e: Error) => e.name === 'AbortError');
        const served = await waitFor(async () => (await fake.requests()).slice(before).find((r) => r.client_gone), 15_000, 'the server to see the client go');
        assert.equal(served.finished, false);
        assert.ok(served.chunks_sent < 200, `${served.chunks_sent} chunks sent`);
      });
    });
  }

  it('a Vue SFC in a ```vue fence is extracted and compiled by @vue/compiler-sfc', async () => {
    const { g } = await run(servers.ollama!, [{ text: `Here is the component:\n\n\`\`\`vue\n${VUE_SFC}\n\`\`\`\n` }], 'a press button', 'vue');
    assert.equal(g.code, VUE_SFC);
    assert.ok(g.validation.ok, g.validation.errors.join('\n'));
    assert.equal(g.fileName.endsWith('.vue'), true);
  });

  it('switching framework with an LLM result asks the LLM again, for that framework', async () => {
    const fake = servers.openai!;
    const { g } = await run(fake, [{ text: PROSE_AROUND(SIGNUP) }], 'a newsletter signup form');
    await fake.script([{ text: `\`\`\`vue\n${VUE_SFC}\n\`\`\`` }]);
    const before = (await fake.requests()).length;
    const vue = await hostGenerator(fake).gen.toFramework(g, 'vue');
    const requests = (await fake.requests()).slice(before);
    assert.equal(requests.length, 1);
    assert.match(requests[0]!.body.messages[0]!.content, /Vue 3 single-file component/);
    assert.equal(vue.framework, 'vue');
    assert.equal(vue.code, VUE_SFC);
  });

  it('an endpoint that fails says so and falls back, the reason kept', async () => {
    const { g } = await run(servers.openai!, [{ status: 500, raw: '{"error": "model crashed"}' }], 'a newsletter signup form');
    assert.equal(g.source, 'library');
    assert.match(g.llm?.error ?? '', /did not answer: openai answered HTTP 500/);
  });

  it('grounding: the prompt carries the workspace’s nearest components and its design tokens', async () => {
    const root = path.join(ROOT, 'test', 'fixtures', 'grounding-workspace');
    const { inference } = hostGenerator(servers.openai!);
    const indexer = new WorkspaceIndexer({
      collection: 'ws-grounding',
      model: EMBEDDING_MODEL_ID,
      manifestFile: path.join(data, 'ws-grounding', 'manifest.json'),
      read: (f) => fs.readFile(f, 'utf8'),
      extract: (f, t, signal) => analysis.extract(f, t, { score: true, signal }),
      upsert: (c, items, signal) => inference.upsert(c, items, signal),
      remove: (c, ids) => inference.remove(c, ids),
      clear: (c) => inference.clear(c),
      log,
    });
    const grounding = new WorkspaceGrounding({ index: { collection: 'ws-grounding', ensureIndexed: () => indexer.sync(sourceFiles(root)) }, inference, roots: () => [root], log });
    const fake = servers.openai!;
    await fake.script([{ text: PROSE_AROUND(SIGNUP) }]);
    const before = (await fake.requests()).length;
    const g = await hostGenerator(fake, { grounding }).gen.generate({ description: 'a product card with a photo, the price and an add to cart button', framework: 'react' });
    const [req] = (await fake.requests()).slice(before);
    const prompt = req!.body.messages.at(-1)!.content;
    assert.match(prompt, /workspace: src\/components\/ProductTile\.tsx \(ProductTile\)\n```tsx\nexport function ProductTile/);
    assert.ok(prompt.indexOf('ProductTile') < prompt.indexOf('library: '), 'the workspace’s own components come first');
    assert.match(prompt, /bg-acme-sand p-4/, 'its code, with its class names');
    assert.match(prompt, /Tailwind theme colors\.brand\.600 = #0a4fd6 \(classes bg-brand-600/);
    assert.match(prompt, /Tailwind theme borderRadius\.tile = 1\.25rem \(classes rounded-tile\)/);
    assert.match(prompt, /CSS --acme-shadow-tile: 0 8px 24px rgb\(11 31 68 \/ 0\.12\)/);
    assert.ok(g.llm?.grounding?.components.some((c) => c.startsWith('ProductTile')), JSON.stringify(g.llm?.grounding));
    assert.ok((g.llm?.grounding?.tokens ?? 0) >= 6);
  });

  describe('through the real sidecar’s streaming /llm/chat', () => {
    let sidecar: Awaited<ReturnType<typeof startSidecar>> | undefined;
    before(async function () {
      this.timeout(120_000);
      const fake = servers.ollama!;
      sidecar = await startSidecar({ SIZA_ML_LLM_PROVIDER: 'ollama', SIZA_ML_LLM_URL: fake.url, SIZA_ML_LLM_MODEL: 'coder-1', SIZA_ML_LLM_TIMEOUT_S: '60' });
    });
    after(() => {
      sidecar?.proc.kill();
    });

    it('repairs a compile error with the sidecar in between; the tokens stream through it', async () => {
      const fake = servers.ollama!;
      // the good reply twice: the sidecar's scorer may take one for its own judgement between the rounds
      await fake.script([{ text: PROSE_AROUND(SIGNUP_BROKEN) }, { text: PROSE_AROUND(SIGNUP) }, { text: PROSE_AROUND(SIGNUP) }]);
      const before = (await fake.requests()).length;
      const progress = recorder();
      const g = await hostGenerator(fake, { sidecar: sidecar!.client }).gen.generate({ description: 'a newsletter signup form', framework: 'react' }, undefined, progress);
      assert.equal(g.llm?.tier, 'sidecar');
      assert.equal(g.llm?.model, 'ollama:coder-1');
      // the sidecar's scorer asks the same endpoint for its judgement (not streamed): only generation streams
      assert.equal((await fake.requests()).slice(before).filter((r) => r.body.stream === true).length, 2);
      assert.ok(g.validation.ok);
      assert.equal(progress.text[1], PROSE_AROUND(SIGNUP));
    });

    it('Cancel closes the stream to the sidecar, and the sidecar closes its stream to the endpoint', async () => {
      const fake = servers.ollama!;
      await fake.script([{ chunks: Array.from({ length: 200 }, (_, i) => `// ${i}\n`), chunk_delay_s: 0.1 }]);
      const before = (await fake.requests()).length;
      const ac = new AbortController();
      const progress = recorder(() => ac.abort());
      const gen = hostGenerator(fake, { sidecar: sidecar!.client }).gen;
      await assert.rejects(gen.generate({ description: 'a slow component', framework: 'react' }, ac.signal, progress), (e: Error) => e.name === 'AbortError');
      const served = await waitFor(async () => (await fake.requests()).slice(before).find((r) => r.client_gone), 15_000, 'the endpoint to see the sidecar go');
      assert.equal(served.finished, false);
    });
  });
});

/** The fixture's component files as the workspace index lists them. */
function sourceFiles(root: string): SourceFile[] {
  const dir = path.join(root, 'src', 'components');
  return readdirSync(dir).map((name) => {
    const p = path.join(dir, name);
    const s = statSync(p);
    return { path: p, rel: `src/components/${name}`, mtimeMs: s.mtimeMs, size: s.size };
  });
}
