import { createHash } from 'node:crypto';
import type { ExtraName } from '../core/protocol/health';
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
  /** The base's (python/requirements.txt). */
  requirementsDigest: string;
  python: string;
  measuredAt: string;
  platforms: Record<string, PlatformSize>;
  /** Each extra on top of the base: what it adds (download, and the venv's growth on disk). */
  extras: Record<ExtraName, { requirementsDigest: string; platforms: Record<string, PlatformSize> }>;
}

export const INSTALL_SIZES = sizesJson as SizesFile;

export function installSizeFor(platform: string = process.platform, arch: string = process.arch): PlatformSize {
  return INSTALL_SIZES.platforms[`${platform}-${arch}`] ?? { how: 'unknown' };
}

/** What installing an extra adds here, as measured or read from PyPI. */
export function extraSizeFor(name: ExtraName, platform: string = process.platform, arch: string = process.arch): PlatformSize {
  return INSTALL_SIZES.extras[name]?.platforms[`${platform}-${arch}`] ?? { how: 'unknown' };
}

/** Decimal units, as pip and the OS's file managers show download sizes. */
export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  return `${Math.round(n / 1e6)} MB`;
}

/** One sentence for the notification; none where nothing was measured (no guessed number). */
export function sizeSentence(s: PlatformSize): string {
  if (s.how === 'unknown' || s.downloadBytes === undefined) return 'It downloads Python packages (FastAPI, onnxruntime, FAISS) into a folder of its own.';
  const about = s.how === 'about' ? 'about ' : '';
  const disk = s.diskBytes === undefined ? '' : ` and takes ${about}${formatBytes(s.diskBytes)} on disk`;
  return `It downloads ${about}${formatBytes(s.downloadBytes)}${disk}, in a folder of its own.`;
}

/** The first-run question. */
export function consentMessage(s: PlatformSize = installSizeFor()): string {
  return (
    'Siza Gen: install the Python sidecar? It adds faster embeddings and search and LLM prompt enhancement; fine-tuning, dataset ingestion and the local LLM are installed later, when first used, after asking. ' +
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

/** The question before an extra's first install. */
export function extraMessage(feature: string, name: ExtraName, s: PlatformSize = extraSizeFor(name)): string {
  const size =
    s.how === 'unknown' || s.downloadBytes === undefined
      ? 'It downloads more Python packages into the sidecar\'s folder.'
      : sizeSentence(s).replace(/, in a folder of its own\.$/, ' more, in the sidecar\'s folder.');
  return `Siza Gen: ${feature} needs the sidecar's '${name}' extra, not installed yet. Install it now? ${size} The rest of the sidecar keeps working meanwhile.`;
}

/** The digest the measuring script stamps into installSize.json: another pin means the numbers are stale. */
export function requirementsDigest(parts: readonly { text: string; noDeps?: boolean }[]): string {
  return createHash('sha256')
    .update(parts.map((p) => `${p.noDeps ? '--no-deps\n' : ''}${normalised(p.text)}`).join('\n'))
    .digest('hex');
}
