import type { Framework } from '../../frameworks';

/** "save button", "save-button", "saveButton", "SaveButton" → "SaveButton"; a leading digit gets a `C` (an identifier must not start with one). */
export function toPascal(text: string): string {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return /^[0-9]/.test(name) ? `C${name}` : name;
}

/** "PrimaryButton" → "primary-button", "HTMLInput" → "html-input". */
export function toKebab(pascal: string): string {
  return pascal
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** Angular's class name: `PrimaryButtonComponent` (the CLI's convention before v20, still the most common). */
export function angularClassName(name: string): string {
  return name.endsWith('Component') ? name : `${name}Component`;
}

/** The Angular element selector, with the CLI's default `app-` prefix. */
export function angularSelector(name: string): string {
  return `app-${toKebab(name.replace(/Component$/, '') || name)}`;
}

/** Each framework's file naming: PascalCase.tsx/.vue/.svelte, kebab-case.component.ts, kebab-case.html. */
export function fileNameFor(framework: Framework, name: string): string {
  switch (framework) {
    case 'react':
      return `${name}.tsx`;
    case 'vue':
      return `${name}.vue`;
    case 'svelte':
      return `${name}.svelte`;
    case 'angular':
      return `${toKebab(name.replace(/Component$/, '') || name)}.component.ts`;
    case 'html':
      return `${toKebab(name)}.html`;
  }
}

/** The name the framework itself sees (what `extractComponents` finds): the class for Angular, else the component's name. */
export function symbolNameFor(framework: Framework, name: string): string {
  return framework === 'angular' ? angularClassName(name) : name;
}
