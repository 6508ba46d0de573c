import type { LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons' exclamation-triangle (24px outline). */
const EXCLAMATION_TRIANGLE = 'M12 9v3.75m-9.303 3.376c-.866 1.5.217 3.374 1.948 3.374h14.71c1.73 0 2.813-1.874 1.948-3.374L13.949 3.378c-.866-1.5-3.032-1.5-3.898 0L2.697 16.126ZM12 15.75h.007v.008H12v-.008Z';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });

export const confirmDialog: LibraryComponent = {
  name: 'ConfirmDialog',
  type: 'organism',
  category: 'modal',
  variant: 'alert-dialog',
  tags: [
    'confirm', 'confirmation', 'confirm-dialog', 'alert-dialog', 'alertdialog', 'dialog', 'modal', 'destructive',
    'delete', 'are-you-sure', 'warning', 'overlay', 'controlled',
  ],
  description:
    'A controlled confirmation dialog for a destructive action: over a dimmed backdrop, a warning icon, a title, a message, and Cancel and a red confirm button (stacked on phones, side by side from sm); Escape and Cancel dismiss it. The parent opens and closes it with the open prop.',
  a11y: [
    'A native <dialog> (shown with its open attribute over a backdrop) with role="alertdialog" and aria-modal="true", named by its title (aria-labelledby) and described by its message (aria-describedby), so both are read when it opens.',
    'Escape anywhere inside it calls onDismiss, like Cancel; the confirm button names the action ("Delete project"), never just "OK".',
    'The warning icon is decorative; the title says what happens in words. White on red-600, gray-900 and gray-600 on white pass AA; both buttons have visible focus rings.',
    'Still to do where it is used (the markup cannot say it): when it opens, move focus into it, to Cancel (the least destructive choice) or to the dialog itself (it has tabindex="-1"); keep Tab inside it while open (a focus trap, or the rest of the page made inert); when it closes, return focus to the control that opened it. Alternatively drop the open attribute and call the element\'s showModal(), which traps focus and makes the page inert natively.',
  ],
  props: [
    { name: 'open', type: 'boolean', required: true, example: true, description: 'Whether the dialog shows; the parent sets it (and clears it in onConfirm and onDismiss).' },
    { name: 'title', type: 'string', default: 'Delete this project?', description: 'The question, in a few words.' },
    { name: 'message', type: 'string', default: 'The project, its 48 tasks and all their files are deleted for everyone. This cannot be undone.', description: 'What exactly happens.' },
    { name: 'confirmLabel', type: 'string', default: 'Delete project', description: 'The confirm button\'s text: the action, as a verb.' },
    { name: 'cancelLabel', type: 'string', default: 'Cancel', description: 'The cancel button\'s text.' },
    { name: 'id', type: 'string', default: 'confirm-delete', description: 'The dialog\'s id, unique on the page; the title\'s and message\'s ids derive from it.' },
    { name: 'onConfirm', type: 'callback', description: 'Called when the user confirms.' },
    { name: 'onDismiss', type: 'callback', description: 'Called on Cancel or Escape.' },
  ],
  markup: {
    tag: 'div',
    children: [
      {
        if: { ref: { prop: 'open' } },
        then: [
          {
            tag: 'div',
            class: 'fixed inset-0 z-50 flex items-end justify-center overflow-y-auto bg-gray-900/50 p-4 sm:items-center',
            children: [
              {
                tag: 'dialog',
                attrs: { open: true, role: 'alertdialog', 'aria-modal': 'true', tabindex: '-1' },
                class: 'relative m-0 w-full max-w-lg rounded-lg bg-white p-6 text-left shadow-xl focus:outline-none',
                bind: { id: { prop: 'id' }, 'aria-labelledby': idWith('-title'), 'aria-describedby': idWith('-message') },
                on: [{ event: 'keydown', key: 'Escape', do: [{ call: 'onDismiss' }] }],
                children: [
                  {
                    tag: 'div',
                    class: 'sm:flex sm:items-start sm:gap-4',
                    children: [
                      {
                        tag: 'div',
                        class: 'mx-auto flex h-12 w-12 flex-none items-center justify-center rounded-full bg-red-100 sm:mx-0 sm:h-10 sm:w-10',
                        children: [icon(EXCLAMATION_TRIANGLE, 'h-6 w-6 text-red-600')],
                      },
                      {
                        tag: 'div',
                        class: 'mt-3 text-center sm:mt-0 sm:text-left',
                        children: [
                          { tag: 'h2', class: 'text-lg font-semibold leading-6 text-gray-900', bind: { id: idWith('-title') }, children: [{ text: { prop: 'title' } }] },
                          { tag: 'p', class: 'mt-2 text-sm leading-6 text-gray-600', bind: { id: idWith('-message') }, children: [{ text: { prop: 'message' } }] },
                        ],
                      },
                    ],
                  },
                  {
                    tag: 'div',
                    class: 'mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end',
                    children: [
                      {
                        tag: 'button',
                        attrs: { type: 'button' },
                        class: `rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50 ${FOCUS_RING}`,
                        on: [{ event: 'click', do: [{ call: 'onDismiss' }] }],
                        children: [{ text: { prop: 'cancelLabel' } }],
                      },
                      {
                        tag: 'button',
                        attrs: { type: 'button' },
                        class: `rounded-md bg-red-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-700 ${FOCUS_RING}`,
                        on: [{ event: 'click', do: [{ call: 'onConfirm' }] }],
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
