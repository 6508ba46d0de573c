import { createHash } from 'node:crypto';
import sizesJson from './installSize.json';

/**
 * What the first install downloads and takes on disk, per platform, as scripts/measure-install-size.py measured
 * it (`measured`) or read it from PyPI's wheel sizes (`about`); `unknown` shows no number.
 */
export interface PlatformSize {
  how: 'measured' | 'about' | 'unknown';
  downloadBytes?: number;
  diskBytes?: number;
  note?: string;
}

interface SizesFile {
  requirementsDigest: string;
  python: string;
  measuredAt: string;
  platforms: Record<string, PlatformSize>;
}

export const INSTALL_SIZES = sizesJson as SizesFile;

export function installSizeFor(platform: string = process.platform, arch: string = process.arch): PlatformSize {
  return INSTALL_SIZES.platforms[`${platform}-${arch}`] ?? { how: 'unknown' };
}

/** Decimal units, as pip and the OS's file managers show download sizes. */
export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  return `${Math.round(n / 1e6)} MB`;
}

/** One sentence for the notification; none where nothing was measured (no guessed number). */
export function sizeSentence(s: PlatformSize): string {
  if (s.how === 'unknown' || s.downloadBytes === undefined) return 'It downloads Python packages (torch, transformers, FAISS) into a folder of its own.';
  const about = s.how === 'about' ? 'about ' : '';
  const disk = s.diskBytes === undefined ? '' : ` and takes ${about}${formatBytes(s.diskBytes)} on disk`;
  return `It downloads ${about}${formatBytes(s.downloadBytes)}${disk}, in a folder of its own.`;
}

/** The first-run question. */
export function consentMessage(s: PlatformSize = installSizeFor()): string {
  return (
    'Siza Gen: install the Python sidecar? It adds faster embeddings and search, LLM prompt enhancement, fine-tuning and dataset ingestion. ' +
    `${sizeSentence(s)} Without it, embeddings and search keep working in-process.`
  );
}

function normalised(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .join('\n');
}

/** The digest the measuring script stamps into installSize.json: another pin means the numbers are stale. */
export function requirementsDigest(requirements: string, noDeps: string): string {
  return createHash('sha256').update(`${normalised(requirements)}\n--no-deps\n${normalised(noDeps)}`).digest('hex');
}
