import type { LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

export const iconButton: LibraryComponent = {
  name: 'IconButton',
  type: 'atom',
  category: 'button',
  variant: 'icon',
  tags: ['button', 'icon', 'close', 'toolbar', 'round'],
  description: 'A round button that shows only an icon (a close cross by default), named for screen readers by its label.',
  a11y: [
    'The label is the accessible name (aria-label): an icon alone names nothing.',
    'The icon is aria-hidden and not focusable; pass an icon of your own the same way.',
    'A native <button type="button"> with a visible focus ring; 32-48px targets (size sm-lg), sm meets WCAG 2.2 target size minimum (24px).',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Close', description: 'What the button does, for screen readers (and as a tooltip).' },
    { name: 'size', type: 'enum', values: ['sm', 'md', 'lg'], default: 'md', description: 'The button is 32, 40 or 48 pixels square.' },
    { name: 'variant', type: 'enum', values: ['ghost', 'solid'], default: 'ghost', description: 'ghost: transparent until hovered; solid: a filled blue circle.' },
    { name: 'children', type: 'node', description: 'The icon (an svg with aria-hidden="true"); a cross when absent.' },
    { name: 'onPress', type: 'callback', description: 'Called when the button is activated.' },
  ],
  markup: {
    tag: 'button',
    attrs: { type: 'button' },
    class: `inline-flex shrink-0 items-center justify-center rounded-full transition-colors ${FOCUS_RING}`,
    classWhen: [
      { when: { ref: { prop: 'variant' }, is: 'ghost' }, class: 'text-gray-700 hover:bg-gray-100 hover:text-gray-900' },
      { when: { ref: { prop: 'variant' }, is: 'solid' }, class: 'bg-blue-600 text-white shadow-sm hover:bg-blue-700' },
      { when: { ref: { prop: 'size' }, is: 'sm' }, class: 'h-8 w-8' },
      { when: { ref: { prop: 'size' }, is: 'md' }, class: 'h-10 w-10' },
      { when: { ref: { prop: 'size' }, is: 'lg' }, class: 'h-12 w-12' },
    ],
    bind: { 'aria-label': { prop: 'label' }, title: { prop: 'label' } },
    on: [{ event: 'click', do: [{ call: 'onPress' }] }],
    children: [{ slot: 'children', fallback: [icon(ICON_PATHS.close)] }],
  },
};
