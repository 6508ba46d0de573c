import type { ElementNode, LibraryComponent } from '../types';
import { DECORATIVE_SVG, FOCUS_RING } from './styles';

const loading = { ref: { prop: 'loading' } };

/** A spinning ring: a faint full circle and a bright quarter arc; slower, not still, when the user prefers less motion. */
const spinner: ElementNode = {
  tag: 'svg',
  attrs: { ...DECORATIVE_SVG, viewBox: '0 0 24 24', fill: 'none' },
  class: 'h-4 w-4 motion-safe:animate-spin motion-reduce:animate-[spin_1.5s_linear_infinite]',
  children: [
    { tag: 'circle', attrs: { cx: '12', cy: '12', r: '10', stroke: 'currentColor', 'stroke-width': '4' }, class: 'opacity-25' },
    { tag: 'path', attrs: { fill: 'currentColor', d: 'M4 12a8 8 0 0 1 8-8V0C5.373 0 0 5.373 0 12h4Z' }, class: 'opacity-75' },
  ],
};

export const dangerButton: LibraryComponent = {
  name: 'DangerButton',
  type: 'atom',
  category: 'button',
  variant: 'danger',
  tags: ['button', 'danger', 'destructive', 'delete', 'remove', 'red', 'warning', 'loading', 'spinner', 'busy', 'irreversible'],
  description: 'A red button for destructive actions (Delete, Remove, Revoke), with a loading state that shows a spinner and a busy label and blocks repeated presses.',
  a11y: [
    'A native <button type="button">: focusable, activated by Enter and Space.',
    'White on red-600 passes AA (4.8:1); the label says what is destroyed, so the meaning never rests on the colour alone.',
    'While loading: aria-busy="true", the text becomes loadingLabel ("Deleting…") and the button is natively disabled, so a second press cannot repeat the action. The spinner is decorative (aria-hidden).',
    'A disabled button leaves the tab order: if it had focus, announce the outcome (a toast or status region) and move focus somewhere sensible when the work is done.',
    'Ask for confirmation (a dialog) or offer undo before anything irreversible.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Delete project', description: 'The visible text: say what is destroyed.' },
    { name: 'loadingLabel', type: 'string', default: 'Deleting…', description: 'The text shown while the action runs.' },
    { name: 'loading', type: 'boolean', default: false, description: 'Shows the spinner and the loading label; the button is disabled and aria-busy meanwhile.' },
    { name: 'size', type: 'enum', values: ['sm', 'md', 'lg'], default: 'md', description: 'Padding and text size.' },
    { name: 'type', type: 'enum', values: ['button', 'submit'], default: 'button', description: 'The native button type (submit inside a confirmation form).' },
    { name: 'disabled', type: 'boolean', default: false, description: 'Dims the button and ignores clicks.' },
    { name: 'onPress', type: 'callback', description: 'Called when the button is activated (never while loading).' },
  ],
  markup: {
    tag: 'button',
    class: `inline-flex items-center justify-center gap-2 rounded-md bg-red-600 font-semibold text-white shadow-sm transition-colors enabled:hover:bg-red-700 ${FOCUS_RING}`,
    classWhen: [
      { when: { ref: { prop: 'size' }, is: 'sm' }, class: 'px-2.5 py-1.5 text-sm' },
      { when: { ref: { prop: 'size' }, is: 'md' }, class: 'px-3.5 py-2 text-sm' },
      { when: { ref: { prop: 'size' }, is: 'lg' }, class: 'px-5 py-3 text-base' },
      // a loading button is disabled too, but stays fully red: it is busy, not unavailable
      { when: loading, class: 'cursor-wait' },
      { when: { ...loading, not: true }, class: 'disabled:cursor-not-allowed disabled:opacity-50' },
    ],
    bind: {
      type: { prop: 'type' },
      disabled: { when: loading, then: true, else: { prop: 'disabled' } },
      'aria-busy': { when: loading, then: true },
    },
    on: [{ event: 'click', do: [{ call: 'onPress' }] }],
    children: [
      {
        if: loading,
        then: [spinner, { tag: 'span', children: [{ text: { prop: 'loadingLabel' } }] }],
        else: [{ tag: 'span', children: [{ text: { prop: 'label' } }] }],
      },
    ],
  },
};
