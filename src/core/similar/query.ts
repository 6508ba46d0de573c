/**
 * What a typed or pasted query becomes before it is searched, and what the person is told about it: bad input
 * gets a clear answer, never a hang or an exception in the view. No `vscode`, no zod: the webview imports it too.
 */

/** The most the sidebar sends; a longer paste is cut in the webview and the host says so. */
export const MAX_QUERY_CHARS = 20_000;

/**
 * What the word index reads of a query (a pasted file's first characters say enough; thousands of terms only
 * cost time), and so what a long query's notice says is read. The model reads ~256 word pieces of its own accord.
 */
export const READ_CHARS = 2_000;

export type PreparedQuery = { kind: 'search'; text: string; notices: string[] } | { kind: 'unsearchable'; notices: string[] };

const grouped = (n: number): string => n.toLocaleString('en-US');

// control characters other than tab and line breaks, and the replacement character
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNREADABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/**
 * Control characters and U+FFFD (what a decoder leaves of bytes that are not UTF-8) are dropped; a query that
 * is mostly those, or has no letters or digits left, cannot be searched. A long query is searched by its
 * beginning, and one mostly in a script other than Latin is searched but flagged: the model is English.
 */
export function prepareQuery(raw: string, fullLength = raw.length): PreparedQuery {
  const text = raw.replace(UNREADABLE, '');
  const dropped = raw.length - text.length;
  if (dropped > 0 && (dropped >= 0.1 * raw.length || !/[\p{L}\p{N}]/u.test(text))) {
    return {
      kind: 'unsearchable',
      notices: ['This looks like binary or unreadable text (not UTF-8): there are no words to search by. Describe the component, or paste its code as text.'],
    };
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return { kind: 'unsearchable', notices: ['There are no words to search by: describe the component, or paste its code.'] };
  }
  const notices: string[] = [];
  const length = Math.max(fullLength, raw.length);
  if (length > READ_CHARS) {
    notices.push(`A long query (${grouped(length)} characters) is searched by its beginning: the model reads about its first 1,000 characters and the word index its first ${grouped(READ_CHARS)}.`);
  }
  const letters = text.slice(0, READ_CHARS).match(/\p{L}/gu) ?? [];
  const latin = letters.filter((l) => /\p{Script=Latin}/u.test(l)).length;
  if (letters.length >= 2 && latin < letters.length / 2) {
    notices.push('The search model (all-MiniLM-L6-v2) was trained on English: a query in another script finds little. Describe the component in English for better results.');
  }
  return { kind: 'search', text, notices };
}
