/**
 * A protocol-level test server for the LLM: python/tests/fake_llm.py (the one the Python tests use),
 * run as a process. It speaks Ollama's or the OpenAI-compatible chat protocol, streamed or not, answers
 * the replies scripted here in order, and tells what it was sent and whether a stream was cut short.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { request } from 'undici';
import { devPython, ROOT } from './helpers';

export interface ScriptedReply {
  text?: string;
  status?: number;
  raw?: string;
  delay_s?: number;
  chunks?: string[];
  chunk_delay_s?: number;
  finish_reason?: 'stop' | 'length';
}

export interface ServedRequest {
  path: string;
  body: { messages: { role: string; content: string }[]; stream?: boolean; [k: string]: unknown };
  chunks_sent: number;
  client_gone: boolean;
  finished: boolean;
}

export class FakeLlmServer {
  private constructor(
    private readonly proc: ChildProcess,
    readonly url: string,
    readonly protocol: 'ollama' | 'openai',
  ) {}

  static async start(protocol: 'ollama' | 'openai'): Promise<FakeLlmServer> {
    const proc = spawn(devPython(), [path.join(ROOT, 'python', 'tests', 'fake_llm.py'), protocol], { stdio: ['pipe', 'pipe', 'inherit'] });
    const first = await new Promise<string>((resolve, reject) => {
      const rl = createInterface({ input: proc.stdout });
      rl.once('line', (l) => {
        rl.close();
        resolve(l);
      });
      proc.once('exit', (code) => reject(new Error(`fake_llm.py exited with ${code}`)));
    });
    return new FakeLlmServer(proc, (JSON.parse(first) as { url: string }).url, protocol);
  }

  /** The next requests' replies, in order (the last one's settings then answer any further request). */
  async script(replies: ScriptedReply[]): Promise<void> {
    const body = replies.map((r) => ({ ...r, ...(r.raw !== undefined ? { raw: r.raw } : {}) }));
    const res = await request(`${this.url}/_script`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    await res.body.text();
    if (res.statusCode !== 200) throw new Error(`scripting the fake LLM failed: ${res.statusCode}`);
  }

  /** Every request it was sent since it started, with what became of its stream. */
  async requests(): Promise<ServedRequest[]> {
    const res = await request(`${this.url}/_log`);
    return (await res.body.json()) as ServedRequest[];
  }

  stop(): void {
    this.proc.stdin?.end();
    this.proc.kill();
  }
}
