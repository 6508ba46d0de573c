/**
 * Line endings of what the extension writes: a file keeps the ending it has, and a new file gets the one the
 * editor would give it (`files.eol`, whose `auto` means the platform's: CRLF on Windows, LF elsewhere).
 */
export type Eol = '\n' | '\r\n';

/** The ending most lines of `text` use; undefined for text of one line. */
export function detectEol(text: string): Eol | undefined {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  if (crlf === 0 && lf === 0) return undefined;
  return crlf > lf ? '\r\n' : '\n';
}

export function platformEol(platform: NodeJS.Platform): Eol {
  return platform === 'win32' ? '\r\n' : '\n';
}

/** The ending of a new file from VS Code's `files.eol` value ('\n', '\r\n' or 'auto'). */
export function eolForNewFile(setting: unknown, platform: NodeJS.Platform): Eol {
  return setting === '\n' || setting === '\r\n' ? setting : platformEol(platform);
}

/** `text` with every line break (\n, \r\n, a lone \r) written as `eol`. */
export function withEol(text: string, eol: Eol): string {
  return text.replace(/\r\n|\r|\n/g, eol);
}
