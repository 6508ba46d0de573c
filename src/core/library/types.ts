/**
 * The framework-neutral representation of a UI component: plain JSON-serialisable data that five
 * renderers turn into React, Vue, Svelte, Angular and HTML source (README.md in this folder explains
 * it with an annotated example). `schema.ts` is its zod schema; `check.ts` its semantic rules.
 */


/** Atomic design: atoms (button, input), molecules (card, form field), organisms (navbar, table). */
export type ComponentType = 'atom' | 'molecule' | 'organism';

/** What a component is; retrieval and metadata filters group by it. Add a category here when none fits. */
export const CATEGORIES = [
  'accordion', 'alert', 'avatar', 'badge', 'banner', 'breadcrumb', 'button', 'card', 'checkbox',
  'cta', 'dropdown', 'empty-state', 'feature', 'footer', 'form', 'header', 'hero', 'input', 'list',
  'modal', 'navbar', 'pagination', 'pricing', 'progress', 'radio', 'rating', 'search', 'select',
  'sidebar', 'skeleton', 'spinner', 'stat', 'stepper', 'switch', 'table', 'tabs', 'testimonial',
  'textarea', 'toast', 'tooltip',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Literal = string | number | boolean;

/** A value read from the component: a prop, a state value, a loop's item (or one field of it), a loop's index. */
export type Ref = { prop: string } | { state: string } | { item: string; field?: string } | { index: string };

/** Static text and refs joined: `{ concat: [{ prop: 'id' }, '-error'] }` is `${id}-error`. */
export interface Concat {
  concat: (string | Ref)[];
}

export type Value = Ref | Concat;

/** `ref` is truthy; with `is`, equal to a literal or another ref; `not` negates. */
export interface Condition {
  ref: Ref;
  is?: Literal | Ref;
  not?: boolean;
}

/** A bound attribute: a value, or a choice; without `else` the attribute is absent when the condition fails. */
export type Bound = Value | { when: Condition; then: Literal | Value; else?: Literal | Value };

/** An argument taken from the DOM event: the input's `value` or the checkbox's `checked`. */
export interface EventArg {
  event: 'value' | 'checked';
}

/**
 * What an event does, a closed set so every framework can say it idiomatically:
 * call a callback prop (with an optional argument), toggle a state value (a boolean; or between
 * `value` and `off`), set a state value.
 */
export type Action =
  | { call: string; with?: Literal | Ref | EventArg }
  | { toggle: string; value?: Literal | Ref; off?: Literal }
  | { set: string; to: Literal | Ref | EventArg };

export const DOM_EVENTS = ['click', 'keydown', 'keyup', 'input', 'change', 'submit', 'focus', 'blur', 'mouseenter', 'mouseleave'] as const;
export type DomEvent = (typeof DOM_EVENTS)[number];

/** Keys a keyboard handler may filter on (values of `KeyboardEvent.key`). */
export const KEYS = ['Escape', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Tab'] as const;
export type Key = (typeof KEYS)[number];

export interface Handler {
  event: DomEvent;
  /** keydown/keyup only: run the actions only for this key. */
  key?: Key;
  /** Call `preventDefault()` first (a form's submit). */
  prevent?: boolean;
  do: Action[];
}

export interface ElementNode {
  tag: string;
  /** Static attributes; `true` writes a boolean attribute (`disabled`). Not `class`, `style` or `on*`. */
  attrs?: Record<string, string | true>;
  /** Static Tailwind classes, space-separated. */
  class?: string;
  /** Classes added while a condition holds (variants, active items). */
  classWhen?: { when: Condition; class: string }[];
  /** Attributes bound to props, state or loop values. */
  bind?: Record<string, Bound>;
  on?: Handler[];
  children?: MarkupNode[];
}

/** Static text, or an interpolated value. */
export interface TextNode {
  text: string | Value;
}

export interface IfNode {
  if: Condition;
  then: MarkupNode[];
  else?: MarkupNode[];
}

/** Repeats `children` for each element of a list prop (or of a list item), named `as` (and its position `index`). */
export interface EachNode {
  each: Ref;
  as: string;
  index?: string;
  /** For record items: the field that identifies an item (React key, Vue :key, Svelte keyed each, Angular track). */
  key?: string;
  children: MarkupNode[];
}

/** Where a `node` prop's content goes (`children` is the default slot), with fallback content. */
export interface SlotNode {
  slot: string;
  fallback?: MarkupNode[];
}

export type MarkupNode = ElementNode | TextNode | IfNode | EachNode | SlotNode;

export type Scalar = 'string' | 'number' | 'boolean';
/** A list's items: scalars, lists of strings (a table's cells), or records of scalar fields. */
export type ItemType = 'string' | 'number' | 'string[]' | Record<string, Scalar>;

interface PropBase {
  /** camelCase; callbacks are `onSomething` where `something` is not a DOM event (`onPress`, `onDismiss`). */
  name: string;
  description: string;
}

interface ValuePropBase<T> extends PropBase {
  default?: T;
  /** Used where a value is needed and a required prop has no default: previews and the HTML target. */
  example?: T;
  required?: boolean;
}

export type Prop =
  | (ValuePropBase<string> & { type: 'string' })
  | (ValuePropBase<number> & { type: 'number' })
  | (ValuePropBase<boolean> & { type: 'boolean' })
  | (ValuePropBase<string> & { type: 'enum'; values: string[] })
  | (ValuePropBase<unknown[]> & { type: 'list'; of: ItemType })
  /** Content from the parent (React children/ReactNode, Vue slot, Svelte snippet, Angular ng-content); `example` is text for previews. */
  | (PropBase & { type: 'node'; example?: string })
  /** React/Svelte callback prop, Vue emit, Angular output; at most one argument (Angular's `output()` carries one value). */
  | (PropBase & { type: 'callback'; arg?: { name: string; type: Scalar } });

/** Local state: a boolean for open/closed, a number for the active index; initial value literal or a prop's. */
export interface StateVar {
  name: string;
  type: Scalar;
  initial: Literal | { prop: string };
  description?: string;
}

export interface LibraryComponent {
  /** PascalCase; the renderers derive file, class and selector names from it. */
  name: string;
  type: ComponentType;
  category: Category;
  /** The look or flavour of this entry (`solid`, `outline`, `split`); the library may hold several per category. */
  variant: string;
  tags: string[];
  description: string;
  /** How it is accessible, and what the user of the component must still do. */
  a11y: string[];
  props: Prop[];
  state?: StateVar[];
  /** One root element. */
  markup: ElementNode;
}

/** A value prop: a prop that is neither content nor a callback. */
export type ValueProp = Exclude<Prop, { type: 'node' | 'callback' }>;
export const isValueProp = (p: Prop): p is ValueProp => p.type !== 'node' && p.type !== 'callback';

export const isElement = (n: MarkupNode): n is ElementNode => 'tag' in n;
export const isText = (n: MarkupNode): n is TextNode => 'text' in n;
export const isIf = (n: MarkupNode): n is IfNode => 'if' in n;
export const isEach = (n: MarkupNode): n is EachNode => 'each' in n;
export const isSlot = (n: MarkupNode): n is SlotNode => 'slot' in n;
export const isConcat = (v: Value | Literal | EventArg): v is Concat => typeof v === 'object' && 'concat' in v;
export const isEventArg = (v: unknown): v is EventArg => typeof v === 'object' && v !== null && 'event' in v;
export const isWhen = (b: Bound): b is Extract<Bound, { when: Condition }> => 'when' in b;
export const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' && v !== null && ('prop' in v || 'state' in v || 'item' in v || 'index' in v);
