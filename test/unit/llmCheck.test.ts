// "Check the LLM endpoint" against protocol-level test servers on 127.0.0.1: an Ollama-compatible one (/api/tags,
// /api/chat) and an OpenAI-compatible one (/v1/models, /v1/chat/completions) that answer as the real ones do,
// scripted per test. The assertions are about what the check says, not about any model.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { checkEndpoint, TEST_PROMPT, type CheckInput } from '../../src/core/llm/check';
import { ROOT } from './helpers';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ url: string; close: () => Promise<void>; seen: { method: string; path: string; auth?: string; body: string }[] }> {
  const seen: { method: string; path: string; auth?: string; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', path: req.url ?? '', ...(req.headers.authorization ? { auth: req.headers.authorization } : {}), body });
      handler(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => server.close(() => r())) };
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** An Ollama-compatible server holding `models`; its chat replies `reply`. */
const ollama = (models: string[], reply = 'ready'): Handler => (req, body, res) => {
  if (req.method === 'GET' && req.url === '/api/tags') return json(res, 200, { models: models.map((name) => ({ name, model: name, size: 1 })) });
  if (req.method === 'POST' && req.url === '/api/chat') {
    const { model } = JSON.parse(body) as { model: string };
    if (!models.includes(model) && !models.includes(`${model}:latest`)) return json(res, 404, { error: `model "${model}" not found, try pulling it first` });
    return json(res, 200, { model, message: { role: 'assistant', content: reply }, done: true });
  }
  json(res, 404, { error: 'not found' });
};

/** An OpenAI-compatible server requiring `key`. */
const openai = (models: string[], key: string): Handler => (req, body, res) => {
  if (req.headers.authorization !== `Bearer ${key}`) return json(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
  if (req.method === 'GET' && req.url === '/v1/models') return json(res, 200, { object: 'list', data: models.map((id) => ({ id, object: 'model' })) });
  if (req.method === 'POST' && req.url === '/v1/chat/completions') {
    const { model } = JSON.parse(body) as { model: string };
    return json(res, 200, { id: 'x', object: 'chat.completion', model, choices: [{ index: 0, message: { role: 'assistant', content: ' Ready.' }, finish_reason: 'stop' }] });
  }
  json(res, 404, { error: { message: 'Unknown path' } });
};

const base = (over: Partial<CheckInput>): CheckInput => ({ provider: 'ollama', url: '', model: '', timeoutMs: 5_000, fetch, ...over });

describe('LLM endpoint check (protocol-level test servers)', () => {
  it('Ollama: reachable, the model there (name without its :latest tag), a one-line reply', async () => {
    const s = await serve(ollama(['qwen2.5-coder:1.5b', 'llama3.2:latest']));
    try {
      const r = await checkEndpoint(base({ url: `${s.url}/`, model: 'llama3.2' }));
      assert.equal(r.ok, true, JSON.stringify(r));
      assert.deepEqual(r.steps.map((x) => [x.step, x.ok]), [['reachable', true], ['model', true], ['reply', true]]);
      assert.equal(r.reply, 'ready');
      assert.equal(r.fix, undefined);
      const chat = s.seen.find((x) => x.path === '/api/chat')!;
      const sent = JSON.parse(chat.body) as { messages: { content: string }[]; stream: boolean };
      assert.equal(sent.messages[0]!.content, TEST_PROMPT);
      assert.equal(sent.stream, false);
    } finally {
      await s.close();
    }
  });

  it('Ollama: a model not pulled is named, with the pull command and what the server has', async () => {
    const s = await serve(ollama(['llama3.2:latest']));
    try {
      const r = await checkEndpoint(base({ url: s.url, model: 'qwen2.5-coder:7b' }));
      assert.equal(r.ok, false);
      assert.deepEqual(r.steps.map((x) => [x.step, x.ok]), [['reachable', true], ['model', false]]);
      assert.match(r.steps[1]!.detail, /does not list the model "qwen2\.5-coder:7b"; it lists llama3\.2:latest/);
      assert.equal(r.fix, 'Pull it: ollama pull qwen2.5-coder:7b (or set siza.llm.model to one it has).');
      assert.ok(!s.seen.some((x) => x.path === '/api/chat'), 'no chat request for a missing model');
    } finally {
      await s.close();
    }
  });

  it('nothing listening: the connection refused, and how to start Ollama', async () => {
    const s = await serve(ollama([]));
    await s.close(); // the port is free again: nothing answers there
    const r = await checkEndpoint(base({ url: s.url, model: 'x' }));
    assert.equal(r.ok, false);
    assert.equal(r.steps.length, 1);
    assert.match(r.steps[0]!.detail, /refused/);
    assert.match(r.fix!, /ollama serve/);
  });

  it('a URL that is not the server it should be (an HTML page) is said so, not parsed as an empty list', async () => {
    const s = await serve((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Router login</title>');
    });
    try {
      const r = await checkEndpoint(base({ url: s.url, model: 'x' }));
      assert.equal(r.ok, false);
      assert.match(r.steps[0]!.detail, /answered 200 with something that is not JSON \(<!doctype html><title>Router login/);
      assert.match(r.fix!, /does not look like Ollama's base URL/);
    } finally {
      await s.close();
    }
  });

  it('OpenAI-compatible: the key is sent, a wrong or missing one is named, /v1 in the URL or not', async () => {
    const s = await serve(openai(['gpt-4o-mini', 'local-coder'], 'sk-right'));
    try {
      for (const url of [s.url, `${s.url}/v1`, `${s.url}/v1/`]) {
        const r = await checkEndpoint(base({ provider: 'openai', url, model: 'local-coder', apiKey: 'sk-right' }));
        assert.equal(r.ok, true, `${url}: ${JSON.stringify(r)}`);
        assert.equal(r.reply, 'Ready.');
      }
      assert.ok(s.seen.every((x) => x.auth === 'Bearer sk-right'));
      const wrong = await checkEndpoint(base({ provider: 'openai', url: s.url, model: 'local-coder', apiKey: 'sk-wrong' }));
      assert.equal(wrong.ok, false);
      assert.match(wrong.steps[0]!.detail, /answered 401: the API key was refused/);
      assert.match(wrong.fix!, /Set LLM API Key/);
      const none = await checkEndpoint(base({ provider: 'openai', url: s.url, model: 'local-coder' }));
      assert.match(none.steps[0]!.detail, /needs an API key and none is set/);
      const missing = await checkEndpoint(base({ provider: 'openai', url: s.url, model: 'gpt-5', apiKey: 'sk-right' }));
      assert.match(missing.steps[1]!.detail, /does not list the model "gpt-5"; it lists gpt-4o-mini, local-coder/);
    } finally {
      await s.close();
    }
  });

  it('a server that lists the model but cannot answer with it: its own message is shown', async () => {
    const s = await serve((req, _body, res) => {
      if (req.url === '/api/tags') return json(res, 200, { models: [{ name: 'big:70b' }] });
      json(res, 500, { error: 'model requires more system memory (40.0 GiB) than is available (22.1 GiB)' });
    });
    try {
      const r = await checkEndpoint(base({ url: s.url, model: 'big:70b' }));
      assert.deepEqual(r.steps.map((x) => [x.step, x.ok]), [['reachable', true], ['model', true], ['reply', false]]);
      assert.match(r.steps[2]!.detail, /answered 500 without a reply .*more system memory/);
    } finally {
      await s.close();
    }
  });

  it('a server that never answers is given up on at the time limit', async () => {
    const s = await serve(() => undefined); // accepts, never replies
    try {
      const r = await checkEndpoint(base({ url: s.url, model: 'x', timeoutMs: 300 }));
      assert.equal(r.ok, false);
      assert.match(r.steps[0]!.detail, /no answer within the time limit/);
    } finally {
      s.close().catch(() => undefined);
    }
  });

  it('no URL or no model set: said so before any request', async () => {
    const r = await checkEndpoint(base({ provider: 'openai' }));
    assert.deepEqual(r.steps, [{ step: 'reachable', ok: false, detail: 'No URL is set.' }]);
    const s = await serve(ollama(['a:latest', 'b:latest']));
    try {
      const m = await checkEndpoint(base({ url: s.url }));
      assert.equal(m.steps[1]!.detail, 'No model is set.');
      assert.match(m.fix!, /one of the models the server lists: a:latest, b:latest/);
    } finally {
      await s.close();
    }
  });
});

describe('the "Set up a model" walkthrough', () => {
  interface Step { id: string; description: string; media: { markdown?: string }; completionEvents?: string[] }
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string }[]; walkthroughs: { id: string; steps: Step[] }[] };
  };
  const ours = new Set(pkg.contributes.commands.map((c) => c.command));

  it('each step shows a file that exists, and each of its buttons runs a command we contribute (or the Settings editor)', () => {
    const w = pkg.contributes.walkthroughs.find((x) => x.id === 'siza.setupModel')!;
    assert.deepEqual(w.steps.map((s) => s.id), ['provider', 'key', 'check', 'generate']);
    for (const s of w.steps) {
      assert.ok(s.media.markdown && existsSync(path.join(ROOT, s.media.markdown)), `${s.id}: ${s.media.markdown}`);
      const links = [...s.description.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]!);
      assert.ok(links.length > 0, `${s.id} has a button`);
      for (const c of links) assert.ok(ours.has(c) || c === 'workbench.action.openSettings', `${s.id}: ${c}`);
      for (const e of s.completionEvents ?? []) if (e.startsWith('onCommand:')) assert.ok(ours.has(e.slice(10)), e);
    }
  });
});
