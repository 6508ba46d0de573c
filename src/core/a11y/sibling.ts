import * as path from 'node:path';
import type { ReadSibling } from './finding';

/** What a component may name beside itself to be read: an Angular template, an HTML file. */
const TEMPLATE_FILE = /\.html?$/i;

/**
 * A ReadSibling for the component in `file`, over the caller's own file reading (`read`, by absolute path;
 * undefined when it cannot). A path resolves against the component's folder, as Angular resolves a
 * templateUrl; an absolute path or one that is not .html is not read.
 */
export function siblingReader(file: string, read: (absolute: string) => string | undefined): ReadSibling {
  const dir = path.dirname(file);
  return (relative) => (TEMPLATE_FILE.test(relative) && !path.isAbsolute(relative) ? read(path.resolve(dir, relative)) : undefined);
}
