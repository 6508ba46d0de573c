/**
 * The preview of a generated component: its static HTML snapshot (the library's HTML target) with
 * exactly the Tailwind CSS its classes need, compiled here by Tailwind v4's own compiler from the
 * stylesheets shipped in dist/tailwind (no network, no CDN). The page is self-contained: the webview
 * shows it in a sandboxed iframe without scripts, under a CSP that allows only inline styles and data: images.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { compile } from 'tailwindcss';

type Compiler = Awaited<ReturnType<typeof compile>>;

export class PreviewBuilder {
  private compiler: Promise<Compiler> | undefined;

  /** `cssDir` holds tailwindcss's index.css, theme.css, preflight.css and utilities.css. */
  constructor(private readonly cssDir: string) {}

  /** The CSS for the classes used in `html` (Tailwind's preflight and theme included). */
  async css(html: string): Promise<string> {
    this.compiler ??= this.load();
    const compiler = await this.compiler.catch((e: unknown) => {
      this.compiler = undefined; // a failed load is tried again next time
      throw e;
    });
    return compiler.build(candidates(html));
  }

  /**
   * A complete document: the snapshot on a neutral canvas, light or dark around it; and the sha256 of
   * its one stylesheet, which the webview's own CSP must list (a srcdoc iframe inherits that policy).
   */
  async page(html: string, opts: { title: string; dark?: boolean }): Promise<{ html: string; styleHash: string }> {
    const canvas = opts.dark ? '#1e1e1e' : '#f8fafc';
    const style = `${(await this.css(html)).replace(/<\/style/gi, '<\\/style')}\nbody{margin:0;padding:24px;background:${canvas};min-height:100vh;box-sizing:border-box;display:flex;align-items:flex-start;justify-content:center}`;
    const styleHash = `sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}`;
    const page = [
      '<!doctype html>',
      `<html lang="en"><head><meta charset="utf-8">`,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeText(opts.title)}</title>`,
      `<style>${style}</style>`,
      `</head><body>${html}</body></html>`,
    ].join('');
    return { html: page, styleHash };
  }

  private async load(): Promise<Compiler> {
    const read = (f: string) => readFile(path.join(this.cssDir, f), 'utf8');
    return compile(await read('index.css'), {
      base: this.cssDir,
      // index.css imports theme.css, preflight.css and utilities.css from beside it; nothing else is loaded
      loadStylesheet: async (id: string, base: string) => {
        const name = path.basename(id.replace(/^tailwindcss\//, ''));
        const file = name.endsWith('.css') ? name : `${name}.css`;
        if (!['index.css', 'theme.css', 'preflight.css', 'utilities.css'].includes(file)) throw new Error(`preview: no stylesheet ${id}`);
        return { path: path.join(this.cssDir, file), base, content: await read(file) };
      },
    });
  }
}

/** Every class token in the document's class attributes (Tailwind builds only what it recognises). */
export function candidates(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) if (c) out.add(c.replace(/&amp;/g, '&'));
  return [...out];
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
