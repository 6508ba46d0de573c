/**
 * File-path comparison as the platform's file system does it: NTFS (win32) and APFS (darwin) ignore case by
 * default, so `C:\Users\Zoë\Button.tsx` and `c:\users\zoë\button.tsx` are one file there; ext4 (linux) does not.
 * The platform is a parameter, so every platform's rule is tested on any machine.
 */
import * as path from 'node:path';

/** The path module of a platform: win32 paths keep backslashes and drive letters even when tested elsewhere. */
export function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Whether the platform's default file system treats paths that differ only in case as the same file. */
export function ignoresCase(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}

/** A key equal for two paths of the same file: normalised, no trailing separator, lower-cased where case is ignored. */
export function pathKey(p: string, platform: NodeJS.Platform): string {
  const m = pathFor(platform);
  let key = m.normalize(p);
  const root = m.parse(key).root;
  while (key.length > root.length && key.endsWith(m.sep)) key = key.slice(0, -1);
  return ignoresCase(platform) ? key.toLowerCase() : key;
}

export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return pathKey(a, platform) === pathKey(b, platform);
}

/** `child` is `parent` itself or somewhere below it (a sibling that merely starts with the same letters is not). */
export function isInsidePath(child: string, parent: string, platform: NodeJS.Platform): boolean {
  const c = pathKey(child, platform);
  const p = pathKey(parent, platform);
  const sep = pathFor(platform).sep;
  return c === p || c.startsWith(p.endsWith(sep) ? p : p + sep);
}
