/**
 * The first use of a feature whose extra is not installed (issue 18): say what it adds and its size, install it
 * into the sidecar's venv with a cancellable progress notification, restart the sidecar on it. A refused, cancelled
 * or failed extra leaves the base as it was (extras.ts: the base's pins constrain every pip step). No vscode here:
 * the manager passes the notification, the progress and the error toast in (`ExtraUi`).
 */
import * as path from 'node:path';
import type { Settings } from '../config';
import type { Logger } from '../core/logger';
import { BootstrapError } from './bootstrap';
import type { SidecarClient } from './client';
import { EXTRA_FEATURE, installExtra, type ExtraName } from './extras';
import { extraMessage } from './installSize';
import { CancelledError } from './process';
import { readStamp } from './stamp';

export const INSTALL_EXTRA = 'Install';
export const NOT_NOW_EXTRA = 'Not now';

/** What a person sees: the question, a cancellable progress notification, an error toast. */
export interface ExtraUi {
  ask(message: string, ...answers: string[]): Promise<string | undefined>;
  progress<T>(title: string, task: (report: (message: string, increment?: number) => void, signal: AbortSignal) => Promise<T>): Promise<T>;
  error(message: string): void;
}

export interface ExtraInstallDeps {
  log: Logger;
  ui: ExtraUi;
  settings: () => Settings;
  extensionPath: string;
  extensionVersion: string;
  /** The running sidecar's client and venv; undefined while it is not ready. */
  client: () => SidecarClient | undefined;
  venv: () => string | undefined;
  /** Restarts the sidecar on the venv (a new process sees the extra's modules) and waits until it answers. */
  restart: () => Promise<void>;
}

/** True when the extra is there (already, or installed now); false when the person declined or it failed. */
export async function ensureExtra(d: ExtraInstallDeps, name: ExtraName, consented = false): Promise<boolean> {
  const client = d.client();
  const venv = d.venv();
  if (!client || !venv) throw new Error('The sidecar is not running (see Siza Gen: Show Sidecar Status)');
  if ((await client.ready()).extras[name]) return true;
  const feature = EXTRA_FEATURE[name];
  const settings = d.settings();
  // `allow` (managed machines, the test harness) is consent to every install, as for the base
  if (!consented && settings.sidecar.installConsent !== 'allow') {
    const answer = await d.ui.ask(extraMessage(feature, name), INSTALL_EXTRA, NOT_NOW_EXTRA);
    d.log.info(`Install the sidecar's '${name}' extra? ${answer ?? 'dismissed (as Not now)'}`);
    if (answer !== INSTALL_EXTRA) return false;
  }
  const pythonVersion = (await readStamp(venv))?.pythonVersion;
  if (!pythonVersion) throw new Error(`The sidecar's environment ${venv} has no stamp: run Siza Gen: Reinstall Sidecar`);
  try {
    await d.ui.progress(`Siza Gen: installing the sidecar's '${name}' extra`, (report, signal) => {
        let shown = 0;
        return installExtra({
          venvDir: venv,
          pythonDir: path.join(d.extensionPath, 'python'),
          name,
          pythonVersion,
          extensionVersion: d.extensionVersion,
          pip: settings.sidecar,
          log: d.log,
          signal,
          onProgress: (message, fraction) => {
            const increment = fraction === undefined ? undefined : Math.max(0, fraction - shown) * 100;
            shown = Math.max(shown, fraction ?? 0);
            report(message, increment);
          },
        });
      });
  } catch (e) {
    if (e instanceof CancelledError) {
      d.log.warn(`The '${name}' extra's install was cancelled; the sidecar keeps running without it`);
      return false;
    }
    if (e instanceof BootstrapError) for (const l of e.tail) d.log.error(l);
    const msg = `${feature} could not be installed: ${(e as Error).message}. The rest of the sidecar keeps working.`;
    d.log.error(msg);
    d.ui.error(`Siza Gen: ${msg}`);
    return false;
  }
  await d.restart();
  const after = d.client();
  return after !== undefined && (await after.ready()).extras[name];
}
