import { NATIVE_EVENTS, RESERVED, type Ty, VOID_TAGS, eventName, fitsList, itemTy, literalTy, propTy, scalarOf } from './checkRules';
import {
  type Action, type Bound, type Condition, type EachNode, type ElementNode, type ItemType, type LibraryComponent,
  type Literal, type MarkupNode, type Prop, type Ref, type Value,
  isConcat, isEach, isElement, isEventArg, isIf, isRef, isSlot, isValueProp, isWhen,
} from './types';

/**
 * The semantic rules zod cannot say by shape: every ref resolves, types agree, names never collide
 * in any target (React setters, Vue's `props`/`emit`, Angular's class members), slots are used
 * once and never inside a loop (Angular projects `<ng-content>` content once).
 */

export { eventName } from './checkRules';

export interface Issue {
  path: (string | number)[];
  message: string;
}

export function checkComponent(c: LibraryComponent): Issue[] {
  return new Checker(c).run();
}

interface Scope {
  items: Map<string, ItemType>;
  indexes: Set<string>;
  inLoop: boolean;
}

class Checker {
  private readonly issues: Issue[] = [];
  private readonly props = new Map<string, Prop>();
  private readonly state = new Map<string, Ty>();
  private readonly slotsUsed = new Set<string>();

  constructor(private readonly c: LibraryComponent) {}

  run(): Issue[] {
    this.declarations();
    this.element(this.c.markup, ['markup'], { items: new Map(), indexes: new Set(), inLoop: false });
    return this.issues;
  }

  private add(path: (string | number)[], message: string): void {
    this.issues.push({ path, message });
  }

  private declarations(): void {
    const names = new Set<string>();
    const claim = (name: string, path: (string | number)[]): void => {
      if (RESERVED.has(name)) this.add(path, `"${name}" is reserved in one of the targets`);
      if (names.has(name)) this.add(path, `"${name}" is declared twice (props, state and Angular outputs share one namespace)`);
      names.add(name);
    };
    this.c.props.forEach((p, i) => {
      const path = ['props', i, 'name'];
      claim(p.name, path);
      this.props.set(p.name, p);
      if (p.type === 'callback') {
        const ev = eventName(p.name);
        if (!/^on[A-Z]/.test(p.name)) this.add(path, `a callback is named on + a verb (onPress, onDismiss), not "${p.name}"`);
        else if (NATIVE_EVENTS.has(ev.toLowerCase())) this.add(path, `"${p.name}" would be the native "${ev}" event in Vue and Angular: say what happened (onPress, onDismiss, onValueChange)`);
        else claim(ev, path);
      } else if (p.type !== 'node') {
        this.propValues(p, i);
      } else if (p.name !== 'children' && /^on[A-Z]/.test(p.name)) {
        this.add(path, 'on* names are for callbacks');
      }
    });
    (this.c.state ?? []).forEach((s, i) => {
      const path = ['state', i];
      claim(s.name, [...path, 'name']);
      // React's setter for this state
      const setter = `set${s.name.charAt(0).toUpperCase()}${s.name.slice(1)}`;
      if (this.props.has(setter)) this.add([...path, 'name'], `the prop "${setter}" collides with React's setter of state "${s.name}"`);
      this.state.set(s.name, { kind: s.type });
      if (typeof s.initial === 'object') {
        const p = this.props.get(s.initial.prop);
        const pt = p ? propTy(p) : undefined;
        if (!pt) this.add([...path, 'initial'], `no value prop "${s.initial.prop}"`);
        else if (scalarOf(pt) !== s.type) this.add([...path, 'initial'], `prop "${s.initial.prop}" is not a ${s.type}`);
        else if (p && isValueProp(p) && p.default === undefined && !p.required) this.add([...path, 'initial'], `prop "${s.initial.prop}" needs a default (or to be required) to seed state`);
      } else if (typeof s.initial !== s.type) {
        this.add([...path, 'initial'], `initial value is not a ${s.type}`);
      }
    });
  }

  private propValues(p: Exclude<Prop, { type: 'node' | 'callback' }>, i: number): void {
    const path = ['props', i];
    if (p.required && p.default !== undefined) this.add([...path, 'default'], 'a required prop has no default');
    if (p.required && p.example === undefined) this.add([...path, 'example'], 'a required prop needs an example (previews and the HTML target use it)');
    const ty = propTy(p)!;
    for (const key of ['default', 'example'] as const) {
      const v = p[key];
      if (v === undefined) continue;
      if (p.type === 'enum' && !p.values.includes(v as string)) this.add([...path, key], `"${String(v)}" is not one of ${p.values.join(', ')}`);
      if (p.type === 'list' && !fitsList(v as unknown[], p.of)) this.add([...path, key], 'items do not match `of`');
    }
    if (ty.kind === 'enum' && new Set(ty.values).size !== ty.values.length) this.add([...path, 'values'], 'values repeat');
  }

  private children(nodes: MarkupNode[], path: (string | number)[], scope: Scope): void {
    nodes.forEach((n, i) => this.node(n, [...path, i], scope));
  }

  private node(n: MarkupNode, path: (string | number)[], scope: Scope): void {
    if (isElement(n)) this.element(n, path, scope);
    else if (isIf(n)) {
      this.condition(n.if, [...path, 'if'], scope);
      this.children(n.then, [...path, 'then'], scope);
      if (n.else) this.children(n.else, [...path, 'else'], scope);
    } else if (isEach(n)) this.each(n, path, scope);
    else if (isSlot(n)) {
      const p = this.props.get(n.slot);
      if (p?.type !== 'node') this.add([...path, 'slot'], `no node prop "${n.slot}"`);
      if (this.slotsUsed.has(n.slot)) this.add([...path, 'slot'], `slot "${n.slot}" is used twice (Angular projects content once)`);
      if (scope.inLoop) this.add([...path, 'slot'], 'a slot inside a loop is not portable (Angular projects content once)');
      this.slotsUsed.add(n.slot);
      if (n.fallback) this.children(n.fallback, [...path, 'fallback'], scope);
    } else {
      const t = n.text;
      if (typeof t !== 'string') this.value(t, [...path, 'text'], scope);
    }
  }

  private element(el: ElementNode, path: (string | number)[], scope: Scope): void {
    const tag = el.tag.toLowerCase();
    if ((VOID_TAGS.has(tag) || tag === 'textarea') && el.children?.length) this.add([...path, 'children'], `<${el.tag}> has no children`);
    for (const name of Object.keys(el.bind ?? {})) {
      if (el.attrs && name in el.attrs) this.add([...path, 'bind', name], `"${name}" is both static and bound`);
    }
    for (const [name, b] of Object.entries(el.bind ?? {})) this.bound(b, [...path, 'bind', name], scope);
    (el.classWhen ?? []).forEach((cw, i) => this.condition(cw.when, [...path, 'classWhen', i, 'when'], scope));
    (el.on ?? []).forEach((h, i) => {
      const hp = [...path, 'on', i];
      if (h.key && h.event !== 'keydown' && h.event !== 'keyup') this.add([...hp, 'key'], 'a key filters keydown or keyup only');
      if (el.on!.findIndex((o) => o.event === h.event && o.key === h.key) !== i) this.add(hp, `a second ${h.event} handler: put its actions in the first`);
      h.do.forEach((a, j) => this.action(a, [...hp, 'do', j], scope));
    });
    if (el.children) this.children(el.children, [...path, 'children'], scope);
  }

  private each(n: EachNode, path: (string | number)[], scope: Scope): void {
    const ty = this.ref(n.each, [...path, 'each'], scope);
    if (ty && ty.kind !== 'list') this.add([...path, 'each'], 'not a list');
    const of = ty?.kind === 'list' ? ty.of : undefined;
    for (const name of [n.as, n.index]) {
      if (name === undefined) continue;
      if (RESERVED.has(name) || this.props.has(name) || this.state.has(name) || scope.items.has(name) || scope.indexes.has(name)) {
        this.add([...path, name === n.as ? 'as' : 'index'], `"${name}" is reserved or already declared`);
      }
    }
    if (n.key !== undefined && !(typeof of === 'object' && n.key in of)) this.add([...path, 'key'], 'a key is a field of record items');
    const items = new Map(scope.items);
    items.set(n.as, of ?? 'string');
    const indexes = new Set(scope.indexes);
    if (n.index) indexes.add(n.index);
    this.children(n.children, [...path, 'children'], { items, indexes, inLoop: true });
  }

  private ref(r: Ref, path: (string | number)[], scope: Scope): Ty | undefined {
    if ('prop' in r) {
      const p = this.props.get(r.prop);
      const ty = p ? propTy(p) : undefined;
      if (!ty) this.add(path, p ? `"${r.prop}" is a ${p.type} prop, not a value` : `no prop "${r.prop}"`);
      return ty;
    }
    if ('state' in r) {
      const ty = this.state.get(r.state);
      if (!ty) this.add(path, `no state "${r.state}"`);
      return ty;
    }
    if ('index' in r) {
      if (!scope.indexes.has(r.index)) this.add(path, `no loop index "${r.index}" here`);
      return { kind: 'number' };
    }
    const of = scope.items.get(r.item);
    if (of === undefined) {
      this.add(path, `no loop item "${r.item}" here`);
      return undefined;
    }
    const ty = itemTy(of);
    if (r.field === undefined) return ty;
    if (ty.kind !== 'record' || !(r.field in ty.fields)) {
      this.add(path, `"${r.item}" has no field "${r.field}"`);
      return undefined;
    }
    return { kind: ty.fields[r.field]! };
  }

  /** A value used as text or an attribute: a scalar. */
  private value(v: Value | Literal, path: (string | number)[], scope: Scope): Ty | undefined {
    if (!isRef(v) && !isConcat(v)) return literalTy(v);
    if (isConcat(v)) {
      v.concat.forEach((part, i) => {
        if (typeof part !== 'string') this.value(part, [...path, 'concat', i], scope);
      });
      return { kind: 'string' };
    }
    const ty = this.ref(v, path, scope);
    if (ty && (ty.kind === 'list' || ty.kind === 'record')) this.add(path, 'a list or record is not text');
    return ty;
  }

  private bound(b: Bound, path: (string | number)[], scope: Scope): void {
    if (!isWhen(b)) {
      this.value(b, path, scope);
      return;
    }
    this.condition(b.when, [...path, 'when'], scope);
    this.value(b.then, [...path, 'then'], scope);
    if (b.else !== undefined) this.value(b.else, [...path, 'else'], scope);
  }

  private condition(c: Condition, path: (string | number)[], scope: Scope): void {
    const left = this.ref(c.ref, [...path, 'ref'], scope);
    if (c.is === undefined || !left) return;
    const right = isRef(c.is) ? this.ref(c.is, [...path, 'is'], scope) : literalTy(c.is);
    if (!right) return;
    if (scalarOf(left) !== scalarOf(right)) this.add([...path, 'is'], `compares a ${left.kind} with a ${right.kind}`);
    if (left.kind === 'enum' && typeof c.is === 'string' && !left.values.includes(c.is)) this.add([...path, 'is'], `"${c.is}" is not one of ${left.values.join(', ')}`);
  }

  private action(a: Action, path: (string | number)[], scope: Scope): void {
    if ('call' in a) {
      const p = this.props.get(a.call);
      if (p?.type !== 'callback') {
        this.add([...path, 'call'], `no callback prop "${a.call}"`);
        return;
      }
      if (p.arg && a.with === undefined) this.add(path, `"${a.call}" takes a ${p.arg.type} argument: say it in \`with\``);
      if (!p.arg && a.with !== undefined) this.add([...path, 'with'], `"${a.call}" takes no argument`);
      if (p.arg && a.with !== undefined) this.argument(a.with, p.arg.type, [...path, 'with'], scope);
      return;
    }
    const name = 'toggle' in a ? a.toggle : a.set;
    const st = this.state.get(name);
    if (!st) {
      this.add(path, `no state "${name}"`);
      return;
    }
    const type = scalarOf(st);
    if ('set' in a) this.argument(a.to, type, [...path, 'to'], scope);
    else if (a.value === undefined) {
      if (type !== 'boolean') this.add(path, 'toggling without `value` flips a boolean');
      if (a.off !== undefined) this.add([...path, 'off'], '`off` goes with `value`');
    } else {
      this.argument(a.value, type, [...path, 'value'], scope);
      if (a.off === undefined) this.add(path, 'toggling to a `value` needs the `off` value');
      else this.argument(a.off, type, [...path, 'off'], scope);
    }
  }

  private argument(v: Literal | Ref | { event: 'value' | 'checked' }, want: string, path: (string | number)[], scope: Scope): void {
    const ty = isEventArg(v) ? { kind: v.event === 'value' ? 'string' : 'boolean' } as Ty : isRef(v) ? this.ref(v, path, scope) : literalTy(v);
    if (ty && scalarOf(ty) !== want) this.add(path, `a ${ty.kind} where a ${want} is expected`);
  }
}
