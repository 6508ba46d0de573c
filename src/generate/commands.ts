/** Generate Component (and Open Library Component, which Find Similar uses for library results). */
import * as vscode from 'vscode';
import { isFramework } from '../core/frameworks';
import type { GenerateArgs, GenerateController } from './controller';
import { notify } from '../log';

export function registerGenerateCommands(controller: GenerateController, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    // resolves to the generation (tests and other extensions read it), undefined when cancelled or failed
    vscode.commands.registerCommand('siza.generateComponent', async (args?: unknown) => {
      try {
        return await controller.run(parseArgs(args));
      } catch (e) {
        if (e instanceof vscode.CancellationError || (e instanceof Error && e.name === 'AbortError')) return undefined;
        log.error(`Generate Component: ${(e as Error).stack ?? (e as Error).message}`);
        notify(log, 'error', `Siza Gen: Generate Component failed: ${(e as Error).message}`);
        return undefined;
      }
    }),
    vscode.commands.registerCommand('siza.openLibraryComponent', async (name?: unknown) => {
      if (typeof name !== 'string') return undefined;
      try {
        return await controller.openLibrary(name);
      } catch (e) {
        notify(log, 'error', `Siza Gen: could not open the library's ${name}: ${(e as Error).message}`);
        return undefined;
      }
    }),
  ];
}

/** Arguments from a keybinding, a test or another extension: only what is well-formed is taken. */
function parseArgs(args: unknown): GenerateArgs {
  if (typeof args !== 'object' || args === null) return {};
  const a = args as Record<string, unknown>;
  const out: GenerateArgs = {};
  if (typeof a.description === 'string' && a.description.trim()) out.description = a.description.trim().slice(0, 2_000);
  if (isFramework(a.framework)) out.framework = a.framework;
  if (typeof a.enhance === 'boolean') out.enhance = a.enhance;
  return out;
}
