import type { ItemType, Prop } from '../types';
import { jsString } from './escape';

/** TypeScript types of props and state, shared by the four script targets. */

export function itemTs(of: ItemType): string {
  if (of === 'string[]') return 'string[]';
  if (typeof of === 'string') return of;
  return `{ ${Object.entries(of).map(([k, t]) => `${k}: ${t}`).join('; ')} }`;
}

/** The value type of a value prop (not node or callback). */
export function valueTs(p: Exclude<Prop, { type: 'node' | 'callback' }>): string {
  switch (p.type) {
    case 'enum':
      return p.values.map(jsString).join(' | ');
    case 'list':
      return `${itemTs(p.of)}[]`;
    default:
      return p.type;
  }
}

/** A callback's function type: `() => void`, `(value: string) => void`. */
export function callbackTs(p: Extract<Prop, { type: 'callback' }>): string {
  return p.arg ? `(${p.arg.name}: ${p.arg.type}) => void` : '() => void';
}

/** A one-line `/** … *\/` comment: `*\/` cannot end it early, nor `</script>` the SFC block around it. */
export function docComment(text: string): string {
  return `/** ${text.replace(/\*\//g, '*\\/').replace(/<\//g, '<\\/').replace(/\s+/g, ' ').trim()} */`;
}

export { isValueProp, type ValueProp } from '../types';
