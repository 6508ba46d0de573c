/**
 * The built-in component library: framework-neutral components (types.ts, checked by schema.ts),
 * rendered to React, Vue, Svelte, Angular and HTML (render/), and checked by each framework's own
 * compiler (validate.ts). README.md explains the representation and how to add a component.
 */
export * from './types';
export { eventName, checkComponent, type Issue } from './check';
export { libraryComponentSchema, parseComponent } from './schema';
export { render, toPascal, toKebab, fileNameFor, symbolNameFor, type Rendered, type RenderOptions } from './render';
export { validate, type ValidateOptions, type ValidationResult } from './validate';
export { LIBRARY } from './components';
