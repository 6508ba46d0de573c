import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** What a finished install was made from; any change means the venv is rebuilt. */
export interface StampInputs {
  requirements: string;
  pythonVersion: string;
  extensionVersion: string;
}

export interface Stamp extends StampInputs {
  hash: string;
  installedAt: string;
}

export const STAMP_FILE = 'siza-stamp.json';

export function stampHash(inputs: StampInputs): string {
  // Line endings and trailing spaces of the requirements file do not change what pip installs.
  const req = inputs.requirements
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .join('\n');
  return createHash('sha256')
    .update(JSON.stringify([req, inputs.pythonVersion, inputs.extensionVersion]))
    .digest('hex');
}

export async function readStamp(venvDir: string): Promise<Stamp | undefined> {
  try {
    const stamp = JSON.parse(await fs.readFile(path.join(venvDir, STAMP_FILE), 'utf8')) as Stamp;
    return typeof stamp.hash === 'string' ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** True only for a finished install made from exactly these inputs (the stamp is written last, atomically). */
export async function isCurrent(venvDir: string, inputs: StampInputs): Promise<boolean> {
  const stamp = await readStamp(venvDir);
  return stamp?.hash === stampHash(inputs);
}

export async function writeStamp(venvDir: string, inputs: StampInputs): Promise<Stamp> {
  const stamp: Stamp = { ...inputs, hash: stampHash(inputs), installedAt: new Date().toISOString() };
  const file = path.join(venvDir, STAMP_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(JSON.stringify(stamp, null, 2));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
  return stamp;
}

export async function removeStamp(venvDir: string): Promise<void> {
  await fs.rm(path.join(venvDir, STAMP_FILE), { force: true });
}
