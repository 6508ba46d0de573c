import { type Bound, type Condition, type Literal, type Ref, type Value, isConcat, isRef, isWhen } from '../types';
import { jsString, jsValue } from './escape';

/** How a framework spells a ref in an expression (`label`, `label()`, `row.name`) and the value that drops an attribute. */
export interface RefStyle {
  ref(r: Ref): string;
  absent: 'undefined' | 'null';
}

/** A plain ref as React, Vue's template and Svelte read it: locals named like the prop/state, `item.field`. */
export function plainRef(r: Ref): string {
  if ('prop' in r) return r.prop;
  if ('state' in r) return r.state;
  if ('index' in r) return r.index;
  return r.field === undefined ? r.item : `${r.item}.${r.field}`;
}

export function literalExpr(v: Literal): string {
  return typeof v === 'string' ? jsString(v) : jsValue(v);
}

export function valueExpr(v: Literal | Value, s: RefStyle): string {
  if (isRef(v)) return s.ref(v);
  if (!isConcat(v)) return literalExpr(v);
  const parts = v.concat.map((p) => (typeof p === 'string' ? jsString(p) : s.ref(p)));
  // `a + b` of two numbers would add: a string goes first unless one of the first two parts is one
  const stringFirst = v.concat.length > 1 && (typeof v.concat[0] === 'string' || typeof v.concat[1] === 'string');
  return stringFirst ? parts.join(' + ') : ["''", ...parts].join(' + ');
}

export function condExpr(c: Condition, s: RefStyle): string {
  const left = s.ref(c.ref);
  if (c.is === undefined) return c.not ? `!${left}` : left;
  const right = isRef(c.is) ? s.ref(c.is) : literalExpr(c.is);
  return `${left} ${c.not ? '!==' : '==='} ${right}`;
}

export function boundExpr(b: Bound, s: RefStyle): string {
  if (!isWhen(b)) return valueExpr(b, s);
  // `c ? true : false` is `c`
  if (b.then === true && b.else === false) return condExpr(b.when, s);
  const otherwise = b.else === undefined ? s.absent : valueExpr(b.else, s);
  return `${condExpr(b.when, s)} ? ${valueExpr(b.then, s)} : ${otherwise}`;
}

/** Every ref a condition reads. */
export function condRefs(c: Condition): Ref[] {
  return isRef(c.is) ? [c.ref, c.is] : [c.ref];
}
