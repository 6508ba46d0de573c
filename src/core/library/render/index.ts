import type { Framework } from '../../frameworks';
import type { LibraryComponent } from '../types';
import { renderAngular } from './angular';
import { renderHtml } from './html';
import { fileNameFor, symbolNameFor, toPascal } from './names';
import { renderReact } from './react';
import { renderSvelte } from './svelte';
import { renderVue } from './vue';

export { angularClassName, angularSelector, fileNameFor, symbolNameFor, toKebab, toPascal } from './names';

export interface Rendered {
  framework: Framework;
  /** The component's name after renaming (PascalCase). */
  name: string;
  /** What the framework calls it, and what `extractComponents` finds: the class for Angular. */
  symbol: string;
  /** In the framework's naming style: PascalCase.tsx/.vue/.svelte, kebab-case.component.ts, kebab-case.html. */
  fileName: string;
  code: string;
}

export interface RenderOptions {
  /** A new name ("save button", "SaveButton"): the component, its file, class and selector follow it. */
  name?: string;
}

/** Source for one framework. The component is trusted to have passed `libraryComponentSchema`. */
export function render(c: LibraryComponent, framework: Framework, options: RenderOptions = {}): Rendered {
  const name = options.name === undefined ? c.name : toPascal(options.name);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error(`"${options.name ?? c.name}" does not make a component name`);
  const code = (() => {
    switch (framework) {
      case 'react':
        return renderReact(c, name);
      case 'vue':
        return renderVue(c, name);
      case 'svelte':
        return renderSvelte(c);
      case 'angular':
        return renderAngular(c, name);
      case 'html':
        return renderHtml(c, name);
    }
  })();
  return { framework, name, symbol: symbolNameFor(framework, name), fileName: fileNameFor(framework, name), code };
}
