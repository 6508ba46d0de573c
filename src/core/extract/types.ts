import type { Framework } from '../frameworks';
import { createHash } from 'node:crypto';

/** function/arrow/class: React (Angular components are classes too); sfc: a .vue or .svelte file; template: an HTML page's body; section: a marked part of it. */
export type ComponentKind = 'function' | 'arrow' | 'class' | 'sfc' | 'template' | 'section';

/** 0-based, in UTF-16 code units: the same as a VS Code `Position`. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** An Angular component's template: written inline, or a path as written in `templateUrl` (not read: no I/O here). */
export type AngularTemplate =
  | { kind: 'inline'; source: string; elements: string[] }
  | { kind: 'url'; path: string };

export interface Component {
  name: string;
  file: string;
  framework: Framework;
  kind: ComponentKind;
  exported: boolean | 'default';
  range: Range;
  /** The exact source text of `range`. */
  code: string;
  /** sha256 of `code`, hex. */
  hash: string;
  /** React: the component this one is declared inside. */
  parent?: string;
  /** React: `memo`/`forwardRef` calls around the function, outermost first. */
  wrappers?: string[];
  /** Angular: the `selector` of `@Component`. */
  selector?: string;
  /** Angular: the template, inline or by URL. */
  template?: AngularTemplate;
}

export interface ExtractResult {
  components: Component[];
  /** Syntax errors and the like, as `file:line:column: message` (1-based, for people); never thrown. */
  errors: string[];
}

/** Maps string offsets to VS Code positions; line breaks are \n, \r\n and \r, as in VS Code. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  offset(p: Position): number {
    const start = this.starts[p.line];
    return start === undefined ? this.text.length : Math.min(start + p.character, this.text.length);
  }

  /** `file:line:column: message`, 1-based. */
  located(file: string, offset: number, message: string): string {
    const p = this.position(offset);
    return `${file}:${p.line + 1}:${p.character + 1}: ${message}`;
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

type Details = Omit<Component, 'file' | 'range' | 'code' | 'hash'>;

/** A component spanning [start, end) of the file's text. */
export function component(file: string, lines: LineIndex, start: number, end: number, details: Details): Component {
  const code = lines.text.slice(start, end);
  const { name, framework, kind, exported, ...extra } = details;
  return {
    name,
    file,
    framework,
    kind,
    exported,
    range: { start: lines.position(start), end: lines.position(end) },
    code,
    hash: sha256(code),
    ...extra,
  };
}

/** The file's name without folders and extension; `index` takes its folder's name (`Button/index.tsx` is `Button`). */
export function baseName(file: string): string {
  const parts = file.split(/[\\/]/).filter((p) => p !== '');
  const last = parts[parts.length - 1] ?? file;
  const dot = last.lastIndexOf('.');
  const stem = dot > 0 ? last.slice(0, dot) : last;
  const parent = parts[parts.length - 2];
  return stem === 'index' && parent !== undefined ? parent : stem;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** At most this many syntax errors are listed per file; the rest are counted. */
export const MAX_ERRORS = 5;

export function capErrors(errors: string[], file: string): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `${file}: ${errors.length - MAX_ERRORS} more errors`];
}
