import { libraryComponentSchema } from '../library/schema';
import type { LibraryComponent } from '../library/types';

/**
 * The first LLM path of generation, no longer the generator's (code first replaced it: codePrompt.ts);
 * `LlmMessage` and the example budgets are shared with it. The model writes a component in the library's framework-neutral
 * representation (JSON), with the closest library components as worked examples; the reply is
 * checked by the same zod schema and semantic rules as the library, then rendered to the target
 * framework and checked by that framework's compiler. One repair round carries the problems back.
 * Why JSON rather than framework code: the result renders to all five targets (switching framework
 * needs no second call), previews exactly, and cannot carry a script or an inline handler.
 */
export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Examples are cut to this many characters of JSON in all (small local models have 4k-token windows). */
export const EXAMPLE_BUDGET_CHARS = 9_000;
/** For a model the sidecar runs on the CPU: a long prompt costs it more time than the answer. */
export const LOCAL_EXAMPLE_BUDGET_CHARS = 3_500;

const SYSTEM = `You write accessible, responsive UI components styled with Tailwind CSS, as JSON in this representation:
{"name": PascalCase, "type": "atom"|"molecule"|"organism", "category": as in the examples, "variant": kebab-case, "tags": [..], "description": "..", "a11y": ["how it is accessible"],
 "props": [{"name": camelCase, "type": "string"|"number"|"boolean"|"enum"|"list"|"node"|"callback", "default"?: .., "values"?: [..] (enum), "of"?: item type (list), "description": ".."}],
 "state"?: [{"name", "type": "string"|"number"|"boolean", "initial": literal or {"prop": name}}],
 "markup": one element {"tag", "attrs"?: {static}, "class"?: "tailwind classes", "classWhen"?: [{"when": condition, "class"}], "bind"?: {attr: ref}, "on"?: [{"event", "do": [actions]}], "children"?: [nodes]}}
Nodes: an element, {"text": "static" | ref}, {"if": condition, "then": [..], "else"?: [..]}, {"each": {"prop": list}, "as": "item", "children": [..]}, {"slot": nodeProp}.
Refs: {"prop": name}, {"state": name}, {"item": "item", "field"?: name}. Conditions: {"ref": ref, "is"?: value, "not"?: true}.
Actions: {"call": "onSomething"}, {"set": stateName, "to": value}, {"toggle": booleanState}. Callbacks are named on + what happened (onPress, onDismiss), never a DOM event name.
Use native elements (button type="button", label for inputs), a visible focus ring, AA contrast.
Reply with the JSON object only.`;

export function generationMessages(request: string, name: string, examples: readonly LibraryComponent[], budget = EXAMPLE_BUDGET_CHARS): LlmMessage[] {
  const messages: LlmMessage[] = [{ role: 'system', content: SYSTEM }];
  let used = 0;
  for (const ex of examples) {
    const json = JSON.stringify(ex);
    if (used > 0 && used + json.length > budget) continue;
    if (json.length > budget) continue;
    used += json.length;
    messages.push({ role: 'user', content: requestText(ex.description, ex.name) }, { role: 'assistant', content: json });
  }
  messages.push({ role: 'user', content: requestText(request, name) });
  return messages;
}

function requestText(request: string, name: string): string {
  return `Component: ${request.trim()}\nName: ${name}`;
}

export interface ParsedReply {
  component?: LibraryComponent;
  /** Why the reply is not a component: no JSON, malformed JSON, or the schema's issues with their paths. */
  problems: string[];
}

export function parseReply(text: string): ParsedReply {
  const json = firstJsonObject(text);
  if (json === undefined) return { problems: ['the reply holds no JSON object'] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { problems: [`the JSON does not parse: ${(e as Error).message}`] };
  }
  const result = libraryComponentSchema.safeParse(value);
  if (result.success) return { component: result.data, problems: [] };
  return { problems: result.error.issues.slice(0, 12).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`) };
}

/** The conversation so far, the reply and what is wrong with it: one chance to correct it. */
export function repairMessages(messages: readonly LlmMessage[], reply: string, problems: readonly string[]): LlmMessage[] {
  return [
    ...messages,
    { role: 'assistant', content: reply.slice(0, 12_000) },
    { role: 'user', content: `That is not a valid component:\n- ${problems.join('\n- ')}\nReply with the corrected JSON object only.` },
  ];
}

/** The first balanced {...} in a text (a fenced block or prose around it is skipped); strings respected. */
export function firstJsonObject(text: string): string | undefined {
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const ch = text[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}
