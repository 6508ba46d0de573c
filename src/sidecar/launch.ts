import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { choosePort } from './port';
import type { Settings } from '../config';
import type { LaunchSpec } from './supervisor';

export interface LaunchInputs {
  venvPython: string;
  /** The extension's python/ folder: the sidecar runs from there, so its code always matches the extension. */
  packageDir: string;
  dataDir: string;
  /** The sidecar's working directory: a folder the extension owns (<global storage>/run), never a data or workspace folder. */
  runDir: string;
  preferredPort: number;
  /** The user opted into hub downloads (siza.sidecar.allowModelDownloads); otherwise every HF library runs offline. */
  allowModelDownloads?: boolean;
  /** The LLM that judges scores and enhances prompts; the key comes from VS Code's secret storage. */
  llm?: Settings['llm'] & { apiKey?: string };
  /** Folders besides the data folder whose files POST /ingest/dataset may read (the workspace's). */
  ingestRoots?: string[];
}

/** Nothing is downloaded unless the user said so: the README promises it. */
export const OFFLINE_ENV = { HF_HUB_OFFLINE: '1', HF_DATASETS_OFFLINE: '1', TRANSFORMERS_OFFLINE: '1' } as const;

/** A fresh token and a free port for every launch; the parent pid lets the sidecar exit when the host dies. */
export async function prepareLaunch(i: LaunchInputs): Promise<LaunchSpec> {
  await mkdir(i.dataDir, { recursive: true });
  await mkdir(i.runDir, { recursive: true }); // spawn in a missing folder fails as ENOENT
  const port = await choosePort(i.preferredPort);
  const token = randomBytes(32).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PYTHONPATH: i.packageDir,
    PYTHONUNBUFFERED: '1',
    PYTHONNOUSERSITE: '1',
    // `-m siza_ml` would put the cwd first on sys.path; with this (and a cwd we own) nothing there is importable
    PYTHONSAFEPATH: '1',
    ...(i.allowModelDownloads ? {} : OFFLINE_ENV),
    SIZA_ML_TOKEN: token,
    SIZA_ML_PARENT_PID: String(process.pid),
    SIZA_ML_DATA_DIR: path.resolve(i.dataDir), // the cwd is not the data folder: a relative one must not move
    // load the embedding model in the background after start: the first search needs no 6 s wait
    SIZA_ML_WARMUP: '1',
    ...llmEnv(i.llm),
    SIZA_ML_INGEST_ROOTS: (i.ingestRoots ?? []).join(path.delimiter),
  };
  return {
    command: i.venvPython,
    args: ['-m', 'siza_ml', '--host', '127.0.0.1', '--port', String(port)],
    env,
    cwd: path.resolve(i.runDir),
    endpoint: { baseUrl: `http://127.0.0.1:${port}`, token },
  };
}

/** SIZA_ML_LLM_*: set from the settings, or cleared, so a value inherited from the editor's environment never leaks in. */
export function llmEnv(llm: LaunchInputs['llm']): NodeJS.ProcessEnv {
  return {
    SIZA_ML_LLM_PROVIDER: llm?.provider ?? 'none',
    SIZA_ML_LLM_URL: llm?.url ?? '',
    SIZA_ML_LLM_MODEL: llm?.model ?? '',
    SIZA_ML_LLM_MODEL_PATH: llm?.modelPath ?? '',
    SIZA_ML_LLM_API_KEY: llm?.apiKey ?? '',
    SIZA_ML_LLM_TIMEOUT_S: String(llm?.timeoutSeconds ?? 30),
    // an adapter's folder name under <data folder>/adapters (the sidecar refuses anything outside it)
    SIZA_ML_LLM_ADAPTER: llm?.adapter ?? '',
  };
}
