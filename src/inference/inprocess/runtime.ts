/** Whether this package carries onnxruntime-node's binary for the platform it runs on (each .vsix has one target's). */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** Where onnxruntime-node's dist/binding.js requires its native binding from, under the extension's folder. */
export function ortBindingPath(extensionPath: string, platform: string = process.platform, arch: string = process.arch): string {
  return path.join(extensionPath, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', platform, arch, 'onnxruntime_binding.node');
}

/** Undefined where the binding is there; else why the in-process tier cannot run (for the log). */
export function missingOrtBinding(extensionPath: string, platform: string = process.platform, arch: string = process.arch): string | undefined {
  const binding = ortBindingPath(extensionPath, platform, arch);
  if (existsSync(binding)) return undefined;
  return (
    `The in-process embedding tier is not available on ${platform}-${arch}: this package has no onnxruntime-node binary for it (${binding}). ` +
    'Install the .vsix built for this platform (README, "Platforms"); meanwhile embeddings need the sidecar, and without it only heuristics answer'
  );
}
