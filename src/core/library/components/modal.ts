import type { Action, Handler, LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });
const close: Action = { set: 'open', to: false };
const escape: Handler = { event: 'keydown', key: 'Escape', do: [close, { call: 'onDismiss' }] };

export const modal: LibraryComponent = {
  name: 'Modal',
  type: 'organism',
  category: 'modal',
  variant: 'confirm',
  tags: ['modal', 'dialog', 'confirm', 'overlay', 'popup', 'destructive'],
  description: 'A confirmation dialog opened by its trigger button: a title, a message, optional content, confirm and cancel actions; Escape closes it.',
  a11y: [
    'A native <dialog> (shown with its open attribute over a backdrop) with aria-modal, named by its title (aria-labelledby) and described by its message (aria-describedby).',
    'Escape closes it, from inside the dialog and from the trigger (where focus stays unless it is moved); Cancel closes it too.',
    'The trigger says it opens a dialog (aria-haspopup) and whether it is open (aria-expanded).',
    'Still to do where the component is used: move focus into the dialog when it opens, trap Tab inside it, and return focus to the trigger on close (a focus-trap utility, or the native <dialog> with showModal()).',
    'White on red-600 and gray-900 on white pass AA; the backdrop is decorative.',
  ],
  props: [
    { name: 'triggerLabel', type: 'string', default: 'Delete project', description: 'The text of the button that opens the dialog.' },
    { name: 'title', type: 'string', default: 'Delete this project?', description: 'The dialog\'s title.' },
    { name: 'message', type: 'string', default: 'The project and its files are deleted for good. This cannot be undone.', description: 'What the user is asked to confirm.' },
    { name: 'confirmLabel', type: 'string', default: 'Delete', description: 'The confirm button\'s text.' },
    { name: 'cancelLabel', type: 'string', default: 'Cancel', description: 'The cancel button\'s text.' },
    { name: 'id', type: 'string', default: 'confirm-dialog', description: 'The dialog\'s id, unique on the page; title and message ids derive from it.' },
    { name: 'children', type: 'node', description: 'Extra content between the message and the actions (a form field).' },
    { name: 'onConfirm', type: 'callback', description: 'Called when the user confirms; the dialog closes.' },
    { name: 'onDismiss', type: 'callback', description: 'Called when the dialog closes without confirming (Cancel, or Escape inside the dialog).' },
  ],
  state: [{ name: 'open', type: 'boolean', initial: false, description: 'Whether the dialog is showing.' }],
  markup: {
    tag: 'div',
    class: 'inline-block',
    children: [
      {
        tag: 'button',
        attrs: { type: 'button', 'aria-haspopup': 'dialog' },
        class: `rounded-md bg-red-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-700 ${FOCUS_RING}`,
        bind: { 'aria-expanded': { state: 'open' }, 'aria-controls': { prop: 'id' } },
        // Escape here only closes: the handler runs while closed too, when a dismissal would be news to nobody
        on: [{ event: 'click', do: [{ set: 'open', to: true }] }, { event: 'keydown', key: 'Escape', do: [close] }],
        children: [{ text: { prop: 'triggerLabel' } }],
      },
      {
        if: { ref: { state: 'open' } },
        then: [
          {
            tag: 'div',
            class: 'fixed inset-0 z-50 flex items-end justify-center bg-gray-900/50 p-4 sm:items-center',
            children: [
              {
                tag: 'dialog',
                attrs: { open: true, 'aria-modal': 'true', tabindex: '-1' },
                class: 'relative m-0 w-full max-w-md rounded-lg bg-white p-6 text-left shadow-xl focus:outline-none',
                bind: { id: { prop: 'id' }, 'aria-labelledby': idWith('-title'), 'aria-describedby': idWith('-message') },
                on: [escape],
                children: [
                  { tag: 'h2', class: 'text-lg font-semibold text-gray-900', bind: { id: idWith('-title') }, children: [{ text: { prop: 'title' } }] },
                  { tag: 'p', class: 'mt-2 text-sm leading-6 text-gray-600', bind: { id: idWith('-message') }, children: [{ text: { prop: 'message' } }] },
                  { slot: 'children' },
                  {
                    tag: 'div',
                    class: 'mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end',
                    children: [
                      {
                        tag: 'button',
                        attrs: { type: 'button' },
                        class: `rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50 ${FOCUS_RING}`,
                        on: [{ event: 'click', do: [close, { call: 'onDismiss' }] }],
                        children: [{ text: { prop: 'cancelLabel' } }],
                      },
                      {
                        tag: 'button',
                        attrs: { type: 'button' },
                        class: `rounded-md bg-red-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-700 ${FOCUS_RING}`,
                        on: [{ event: 'click', do: [close, { call: 'onConfirm' }] }],
                        children: [{ text: { prop: 'confirmLabel' } }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
};
