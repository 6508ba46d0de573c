import type { Bound, ElementNode, IfNode, MarkupNode } from '../types';
import { FOCUS_RING, icon } from './styles';

/** What the library's forms share: ids derived from the `id` prop, the label and control styles, the error summary. */

/** `${id}${suffix}`: every id inside a component derives from its `id` prop, so two instances can share a page. */
export const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });

export const FIELD_LABEL = 'block text-sm font-medium leading-6 text-gray-900';
/** A text input, select or textarea: gray-300 ring, blue-600 on focus, the focus outline on keyboard focus. */
export const FIELD_CONTROL = `mt-2 block w-full rounded-md border-0 bg-white px-3 py-2 text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 placeholder:text-gray-500 focus:ring-2 focus:ring-inset focus:ring-blue-600 sm:text-sm sm:leading-6 ${FOCUS_RING}`;
export const EXCLAMATION_CIRCLE = 'M12 9v3.75m9-.75a9 9 0 1 1-18 0 9 9 0 0 1 18 0Zm-9 3.75h.008v.008H12v-.008Z';

export interface ControlSpec {
  /** The id suffix: `-email` ties <label for> to the control's id. */
  key: string;
  /** The string prop that holds the label text. */
  label: string;
  tag?: 'input' | 'select' | 'textarea';
  attrs: Record<string, string | true>;
  /** The callback called with the new value (on input; on change for a select). */
  onChange: string;
  bind?: Record<string, Bound>;
  children?: MarkupNode[];
}

/** A native control and its <label for>, as the two children of whatever wraps them. */
export function labelledControl(o: ControlSpec): [ElementNode, ElementNode] {
  const tag = o.tag ?? 'input';
  return [
    { tag: 'label', class: FIELD_LABEL, bind: { for: idWith(o.key) }, children: [{ text: { prop: o.label } }] },
    {
      tag,
      attrs: o.attrs,
      class: FIELD_CONTROL,
      bind: { id: idWith(o.key), ...o.bind },
      on: [{ event: tag === 'select' ? 'change' : 'input', do: [{ call: o.onChange, with: { event: 'value' } }] }],
      ...(o.children ? { children: o.children } : {}),
    },
  ];
}

/** The form's error, announced (role=alert) while the `error` prop is set; the form's aria-describedby points at it. */
export function errorAlert(): IfNode {
  return {
    if: { ref: { prop: 'error' } },
    then: [
      {
        tag: 'div',
        attrs: { role: 'alert' },
        class: 'flex gap-3 rounded-md bg-red-50 p-4 text-sm text-red-800',
        bind: { id: idWith('-error') },
        children: [icon(EXCLAMATION_CIRCLE, 'h-5 w-5 flex-none'), { tag: 'p', children: [{ text: { prop: 'error' } }] }],
      },
    ],
  };
}
