import type { ElementNode } from '../types';

/** Tailwind class groups the library shares, so focus and contrast stay consistent across components. */

/** A visible keyboard focus ring (2px outline, offset), without its colour: for components that vary it. */
export const FOCUS_OUTLINE = 'focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2';

/** The focus ring in blue-600 (3:1 against white and gray-50): every interactive element has one. */
export const FOCUS_RING = `${FOCUS_OUTLINE} focus-visible:outline-blue-600`;

/** An SVG that only decorates: hidden from assistive technology and out of the tab order (old Edge/IE). */
export const DECORATIVE_SVG = { 'aria-hidden': 'true', focusable: 'false' } as const;

/** Heroicons-style 24px outline paths. */
export const ICON_PATHS = {
  close: 'M6 18 18 6M6 6l12 12',
  menu: 'M3.75 6.75h16.5M3.75 12h16.5m-16.5 5.25h16.5',
  chevronDown: 'm19.5 8.25-7.5 7.5-7.5-7.5',
  check: 'm4.5 12.75 6 6 9-13.5',
  info: 'm11.25 11.25.041-.02a.75.75 0 0 1 1.063.852l-.708 2.836a.75.75 0 0 0 1.063.853l.041-.021M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Zm-9-3.75h.008v.008H12V8.25Z',
} as const;

/** An outline icon as markup: 24x24, currentColor, decorative. */
export function icon(path: string, size = 'h-5 w-5'): ElementNode {
  return {
    tag: 'svg',
    attrs: { ...DECORATIVE_SVG, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' },
    class: size,
    children: [{ tag: 'path', attrs: { 'stroke-linecap': 'round', 'stroke-linejoin': 'round', d: path } }],
  };
}
