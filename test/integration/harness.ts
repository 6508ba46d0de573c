import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import { waitFor } from '../unit/helpers';

export { waitFor };

export const OUT = process.env.SIZA_TEST_OUTPUT ?? path.resolve('test-output');

export async function activateExtension(): Promise<SizaApi> {
  const ext = vscode.extensions.getExtension<SizaApi>('siza.siza-gen-vscode');
  if (!ext) throw new Error('extension siza.siza-gen-vscode is not installed in this host');
  return ext.activate();
}

/**
 * Asks the browser driver (scripts/vscode-host/run-tests.js) for a screenshot of the workbench and the
 * status bar's text; the driver watches OUT/requests. Resolves to the status bar text it saw.
 */
export async function screenshot(name: string, timeoutMs = 60_000): Promise<string> {
  const requests = path.join(OUT, 'requests');
  fs.mkdirSync(requests, { recursive: true });
  fs.writeFileSync(path.join(requests, `${name}.json`), JSON.stringify({ name, at: Date.now() }));
  const textFile = path.join(OUT, `${name}.statusbar.txt`);
  await waitFor(() => fs.existsSync(textFile), timeoutMs, `screenshot ${name}`);
  return fs.readFileSync(textFile, 'utf8');
}

/** Facts the outer runner checks after the host is gone (no sidecar left) and the numbers for the note. */
export function record(key: string, value: unknown): void {
  const file = path.join(OUT, 'facts.json');
  const facts = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  facts[key] = value;
  fs.writeFileSync(file, JSON.stringify(facts, null, 2));
}
