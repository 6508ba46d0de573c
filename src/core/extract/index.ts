/**
 * Component extraction with each framework's own parser: React (TypeScript's parser), Angular
 * (TypeScript + @angular/compiler), Vue (@vue/compiler-sfc), Svelte (svelte/compiler) and plain
 * HTML (parse5). Pure and synchronous: the text comes in, nothing is read; it never throws.
 */
import { angularComponents } from './angular';
import { extensionOf, isComponentFile } from './files';
import { extractHtml } from './html';
import { reactComponents } from './react';
import { parseScript, scriptKind, syntaxErrors } from './script';
import { extractSvelte } from './svelte';
import { type ExtractResult, LineIndex, capErrors, errorMessage } from './types';
import { extractVue } from './vue';

export { COMPONENT_FILE_GLOB, isComponentFile } from './files';

/** The components in one file's text; what is malformed yields what could be found and an error. */
export function extractComponents(file: string, text: string): ExtractResult {
  if (!isComponentFile(file)) return { components: [], errors: [] };
  const ext = extensionOf(file)!;
  const lines = new LineIndex(text);
  try {
    const result = extractByExtension(ext, file, lines);
    return { components: result.components, errors: capErrors(result.errors, file) };
  } catch (e) {
    // a parser bug must not take the caller down: report it as this file's error
    return { components: [], errors: [`${file}: extraction failed: ${errorMessage(e)}`] };
  }
}

function extractByExtension(ext: string, file: string, lines: LineIndex): ExtractResult {
  switch (ext) {
    case '.vue':
      return extractVue(file, lines);
    case '.svelte':
      return extractSvelte(file, lines);
    case '.html':
    case '.htm':
      return extractHtml(file, lines);
    default: {
      const sf = parseScript(file, lines.text, scriptKind(ext));
      const errors = syntaxErrors(sf, file, lines);
      const components = reactComponents(sf, file, lines);
      if (ext === '.ts') {
        const angular = angularComponents(sf, file, lines);
        components.push(...angular.components);
        errors.push(...angular.errors);
        components.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      }
      return { components, errors };
    }
  }
}

export type { AngularTemplate, Component, ComponentKind, ExtractResult, Position, Range } from './types';
