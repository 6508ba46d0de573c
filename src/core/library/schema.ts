import { z } from 'zod';
import { checkComponent } from './check';
import {
  CATEGORIES, DOM_EVENTS, KEYS,
  type Action, type Bound, type Condition, type ElementNode, type EventArg, type LibraryComponent, type MarkupNode,
  type Prop, type Ref, type StateVar, type Value,
} from './types';

/**
 * The zod schema of a library component: the shapes (strict: an unknown key is a typo) plus the
 * semantic rules of `check.ts` (refs resolve, types agree), so what parses renders in every framework.
 * Names are restricted to what every target can spell as an identifier, tag or attribute unescaped.
 */

export const IDENT = /^[a-z][A-Za-z0-9]*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// HTML tags (custom elements included) and SVG's camelCase ones (linearGradient)
const TAG = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$|^[a-z][a-zA-Z0-9]*$/;
// aria-*, data-*, viewBox, stroke-width; no `:`, `[`, `(`, `@`, `#` that frameworks read as syntax
const ATTR = /^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$/;
// Tailwind tokens, arbitrary values included (w-[calc(100%-2rem)], [&>svg]:h-4); no quotes, braces, `$`, `\`, `<`
const CLASSES = /^\s*[A-Za-z0-9\-_:/.[\]()%#!&>*,=+@]+(\s+[A-Za-z0-9\-_:/.[\]()%#!&>*,=+@]+)*\s*$/;

/** Elements whose content is raw text or a document's, or that load other documents: never in a component. */
export const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'title', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'noembed', 'noframes',
  'xmp', 'plaintext', 'base', 'link', 'meta', 'html', 'head', 'body', 'template', 'slot',
]);

const ident = z.string().regex(IDENT, 'must be a camelCase identifier');
const literal = z.union([z.string(), z.number(), z.boolean()]);
const classes = z.string().regex(CLASSES, 'must be Tailwind classes separated by spaces');

const refSchema: z.ZodType<Ref> = z.union([
  z.strictObject({ prop: ident }),
  z.strictObject({ state: ident }),
  z.strictObject({ item: ident, field: ident.optional() }),
  z.strictObject({ index: ident }),
]);
const valueSchema: z.ZodType<Value> = z.union([refSchema, z.strictObject({ concat: z.array(z.union([z.string(), refSchema])).min(1) })]);
const conditionSchema: z.ZodType<Condition> = z.strictObject({ ref: refSchema, is: z.union([literal, refSchema]).optional(), not: z.boolean().optional() });
const boundSchema: z.ZodType<Bound> = z.union([
  valueSchema,
  z.strictObject({ when: conditionSchema, then: z.union([literal, valueSchema]), else: z.union([literal, valueSchema]).optional() }),
]);
const eventArgSchema: z.ZodType<EventArg> = z.strictObject({ event: z.enum(['value', 'checked']) });
const actionSchema: z.ZodType<Action> = z.union([
  z.strictObject({ call: ident, with: z.union([literal, refSchema, eventArgSchema]).optional() }),
  z.strictObject({ toggle: ident, value: z.union([literal, refSchema]).optional(), off: literal.optional() }),
  z.strictObject({ set: ident, to: z.union([literal, refSchema, eventArgSchema]) }),
]);
const handlerSchema = z.strictObject({
  event: z.enum(DOM_EVENTS),
  key: z.enum(KEYS).optional(),
  prevent: z.boolean().optional(),
  do: z.array(actionSchema).min(1),
});

/** Why an attribute name is refused (zod's record keys report only "Invalid key"), or undefined. */
function attrNameIssue(n: string): string | undefined {
  if (!ATTR.test(n)) return `"${n}" is not an attribute name (letters, digits, dashes)`;
  if (/^(class|classname|style|key|ref|is|srcdoc)$/i.test(n)) return `"${n}": class, style, key, ref, is and srcdoc are not attributes here (classes go in \`class\`)`;
  if (/^(on|v-|ng)/i.test(n)) return `"${n}": on*, v-* and ng* attributes would be read as code by a framework (handlers go in \`on\`)`;
  return undefined;
}

export const elementSchema: z.ZodType<ElementNode> = z.lazy(() =>
  z
    .strictObject({
      tag: z.string().regex(TAG, 'must be an element name').refine((t) => !FORBIDDEN_TAGS.has(t.toLowerCase()), 'this element may not appear in a component'),
      attrs: z.record(z.string(), z.union([z.string(), z.literal(true)])).optional(),
      class: classes.optional(),
      classWhen: z.array(z.strictObject({ when: conditionSchema, class: classes })).optional(),
      bind: z.record(z.string(), boundSchema).optional(),
      on: z.array(handlerSchema).optional(),
      children: z.array(markupNodeSchema).optional(),
    })
    .superRefine((el, ctx) => {
      for (const key of ['attrs', 'bind'] as const) {
        for (const name of Object.keys(el[key] ?? {})) {
          const message = attrNameIssue(name);
          if (message) ctx.addIssue({ code: 'custom', message, path: [key, name] });
        }
      }
    }),
);

export const markupNodeSchema: z.ZodType<MarkupNode> = z.lazy(() =>
  z.union([
    elementSchema,
    z.strictObject({ text: z.union([z.string(), valueSchema]) }),
    z.strictObject({ if: conditionSchema, then: z.array(markupNodeSchema).min(1), else: z.array(markupNodeSchema).min(1).optional() }),
    z.strictObject({ each: refSchema, as: ident, index: ident.optional(), key: ident.optional(), children: z.array(markupNodeSchema).min(1) }),
    z.strictObject({ slot: ident, fallback: z.array(markupNodeSchema).optional() }),
  ]),
);

const scalar = z.enum(['string', 'number', 'boolean']);
const base = { name: ident, description: z.string().min(1) };
const valueProp = <T extends z.ZodType>(t: T) => ({ ...base, default: t.optional(), example: t.optional(), required: z.boolean().optional() });

export const propSchema: z.ZodType<Prop> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('string'), ...valueProp(z.string()) }),
  z.strictObject({ type: z.literal('number'), ...valueProp(z.number()) }),
  z.strictObject({ type: z.literal('boolean'), ...valueProp(z.boolean()) }),
  z.strictObject({ type: z.literal('enum'), values: z.array(z.string().regex(KEBAB, 'enum values are kebab-case')).min(1), ...valueProp(z.string()) }),
  z.strictObject({
    type: z.literal('list'),
    of: z.union([z.enum(['string', 'number', 'string[]']), z.record(ident, scalar).refine((r) => Object.keys(r).length > 0, 'a record needs fields')]),
    ...valueProp(z.array(z.unknown())),
  }),
  z.strictObject({ type: z.literal('node'), ...base, example: z.string().optional() }),
  z.strictObject({ type: z.literal('callback'), ...base, arg: z.strictObject({ name: ident, type: scalar }).optional() }),
]);

export const stateSchema: z.ZodType<StateVar> = z.strictObject({
  name: ident,
  type: scalar,
  initial: z.union([literal, z.strictObject({ prop: ident })]),
  description: z.string().optional(),
});

export const libraryComponentSchema: z.ZodType<LibraryComponent> = z
  .strictObject({
    name: z.string().regex(PASCAL, 'must be PascalCase'),
    type: z.enum(['atom', 'molecule', 'organism']),
    category: z.enum(CATEGORIES),
    variant: z.string().regex(KEBAB, 'must be kebab-case'),
    tags: z.array(z.string().regex(KEBAB, 'tags are kebab-case')),
    description: z.string().min(1),
    a11y: z.array(z.string().min(1)).min(1, 'say how the component is accessible'),
    props: z.array(propSchema),
    state: z.array(stateSchema).optional(),
    markup: elementSchema,
  })
  .superRefine((c, ctx) => {
    for (const issue of checkComponent(c)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

/** Parses a component, throwing one readable error listing every problem. */
export function parseComponent(data: unknown): LibraryComponent {
  const result = libraryComponentSchema.safeParse(data);
  if (result.success) return result.data;
  const name = typeof data === 'object' && data !== null && 'name' in data ? String(data.name) : 'component';
  throw new Error(`${name}: ${z.prettifyError(result.error)}`);
}
