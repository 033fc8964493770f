import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { syntaxIndex } from './syntax-index';
import { FuncInfo, intLiteral, packageIndex, PackageIndex } from './funcs';
import type { Decl } from './scope';
import { blockStatements, caseStatements, contains, escapeRe, findBelow, nodeStartingAt, parentSkippingParens, unparen } from './syntax';
import { builtType, operandType, typeName } from './typing';
import { countedLoop } from './paths';

/**
 * A buffered channel field filled past its capacity by the goroutine that made the value, while nothing that can
 * hold the value receives from it: `c := NewCompactor()` (whose channel field has a buffer of 1), `c.ch <- x`, then
 * `c.Start()` whose first statement sends on `c.ch` again; or `o := &outbox{}`, `o.init()` (which, through a chain
 * of methods given a constant, makes the embedded field's channel with a buffer of 16), 16 `o.Push()` in a
 * constant loop, `go func() { o.Push() }()`, then `o.Push()`: the only receive is in a method nothing reached from
 * the value calls.
 *
 * Followed, in order (the maker's path): the statements of the function's body after the local's declaration;
 * the bodies of the methods called on the value there (`v.m(…)`, `v.Embedded.m(…)`, promoted methods of structs
 * embedded by value), transitively; loops with constant bounds, once per iteration; the zero case of a switch on
 * a field the value still holds at zero. A send on a channel field counts; `v.f = make(chan X, N)` (N constant, or
 * a parameter bound to one by the calls on the way) sets its buffer. A statement that hands the value on (a
 * goroutine, a closure, an argument) is followed by `flow` into the package code it reaches: a receive there (any
 * use of the field but a send), a new channel in the field, a write of a field a switch relied on, or the value
 * escaping where it cannot be followed (stored, returned, another package, an interface) keeps the finding out.
 * Any other use of the value on the path, a send in a branch, or a statement that may leave a method early ends
 * the walk: unknown means quiet.
 */

export interface PrefillLeak {
  /** The send that finds the buffer full. */
  send: Node;
  file: SourceFile;
  fn: FuncInfo;
  /** `Compactor.ch` for messages. */
  chan: string;
  capacity: number;
  /** The earlier sends that filled it. */
  earlier: { node: Node; file: SourceFile }[];
  /** The local that holds the value (`compactor`), and the function that made it. */
  value: string;
  maker: string;
  /** Where the value is made (the declaration's value). */
  made: { node: Node; file: SourceFile };
  /** The value was handed on before (to code that never receives from the channel). */
  handedOn: boolean;
  /** The maker's statement (a method call on the value) that reaches the send, when it is in another function. */
  via?: { node: Node; file: SourceFile };
}

/** Buffer sizes of the channel fields a composite literal keys to `make(chan X, N)`. */
function literalCapacities(lit: Node, index: PackageIndex): Map<string, number> {
  const out = new Map<string, number>();
  let u = unparen(lit);
  if (u.type === 'unary_expression') u = unparen(u.childForFieldName('operand')!);
  const body = u.type === 'composite_literal' ? u.childForFieldName('body') : null;
  for (const el of body?.namedChildren ?? []) {
    if (el?.type !== 'keyed_element') continue;
    const key = el.namedChild(0);
    const val = el.namedChild(1);
    const keyText = key?.text;
    const v = val?.type === 'literal_element' ? val.namedChild(0) : val;
    if (!keyText || !v || v.type !== 'call_expression' || v.childForFieldName('function')?.text !== 'make') continue;
    const args = v.childForFieldName('arguments')?.namedChildren ?? [];
    if (args[0]?.type !== 'channel_type' || args.length !== 2 || !args[1]) continue;
    const n = intLiteral(args[1]) ?? (args[1].type === 'identifier' ? index.constants.get(args[1].text) : undefined);
    if (n !== undefined && n > 0) out.set(keyText, n);
  }
  return out;
}

/** Does `n` refer to `d` anywhere? */
function mentions(n: Node, d: Decl, fn: FuncInfo): boolean {
  const res = fn.resolution();
  // Function literals included: a closure that captures the value hands it on.
  return n.descendantsOfType('identifier').some((c) => !!c && c.text === d.name && res.declOf(c) === d);
}

/**
 * The struct literal a package function only builds and returns: `return &T{…}`, or `x := &T{…}`, assignments
 * to fields of x that do not read x, `return x`. No goroutine, closure or other use of the value.
 */
function pureConstructor(callee: FuncInfo, index: PackageIndex): Node | undefined {
  let lit = constructorLiterals.get(callee);
  if (lit === undefined) constructorLiterals.set(callee, (lit = constructorLiteral(callee, index) ?? null));
  return lit ?? undefined;
}

/**
 * pureConstructor's answer for each function (null: none), worked out once: it is asked again for every literal a
 * function builds and for every call of the function.
 */
const constructorLiterals = new WeakMap<FuncInfo, Node | null>();

function constructorLiteral(callee: FuncInfo, index: PackageIndex): Node | undefined {
  const body = callee.node.childForFieldName('body');
  if (!body || body.descendantsOfType(['func_literal', 'go_statement']).length > 0) return undefined;
  const stmts = blockStatements(body);
  const last = stmts[stmts.length - 1];
  if (last?.type !== 'return_statement') return undefined;
  const ret = last.namedChild(0);
  if (!ret || ret.namedChildCount !== 1) return undefined;
  const value = unparen(ret.namedChild(0)!);
  if (stmts.length === 1) return builtType(value) ? value : undefined;
  if (value.type !== 'identifier') return undefined;
  const first = stmts[0];
  if (first.type !== 'short_var_declaration') return undefined;
  const left = first.childForFieldName('left');
  const right = first.childForFieldName('right');
  if (left?.namedChildCount !== 1 || left.namedChild(0)?.text !== value.text || right?.namedChildCount !== 1) return undefined;
  const lit = right.namedChild(0)!;
  if (!builtType(lit)) return undefined;
  const d = callee.resolution().declOf(left.namedChild(0)!);
  if (!d) return undefined;
  for (const s of stmts.slice(1, -1)) {
    if (!mentions(s, d, callee)) continue;
    // `x.g = v` with v not reading x.
    if (s.type !== 'assignment_statement') return undefined;
    const l = s.childForFieldName('left');
    const r = s.childForFieldName('right');
    if (l?.namedChildCount !== 1 || !r || mentions(r, d, callee)) return undefined;
    const target = unparen(l.namedChild(0)!);
    if (target.type !== 'selector_expression' || unparen(target.childForFieldName('operand')!).text !== value.text) return undefined;
    const field = target.childForFieldName('field')?.text;
    // Reassigning the channel field itself would change its buffer.
    if (field && literalCapacities(lit, index).has(field)) return undefined;
  }
  return lit;
}

/**
 * Every type spec of a file, in document order. A type spec is a child of a type declaration, which starts with the
 * keyword `type`: they are found from the keyword's places in the text (a `type` in a comment, a string or
 * `x.(type)` starts no declaration) rather than by a walk over every node of the file. A file with a syntax error is
 * walked.
 */
export function typeSpecsOf(file: SourceFile): Node[] {
  const root = file.tree?.rootNode;
  if (!root) return [];
  if (root.hasError) return root.descendantsOfType('type_spec').filter((n): n is Node => n !== null);
  const out: Node[] = [];
  for (const m of file.text.matchAll(/\btype\b/g)) {
    const decl = nodeStartingAt(file.rootAt(m.index!)!, m.index!, 'type_declaration', 1);
    if (!decl) continue;
    for (let i = 0, k = decl.namedChildCount; i < k; i++) {
      const c = decl.namedChild(i)!;
      if (c.type === 'type_spec') out.push(c);
    }
  }
  // Document order (a declaration's specs come before any declared inside one of them, which a walk puts between).
  return out.sort((a, b) => a.startIndex - b.startIndex);
}

/** A struct type of the package: its named fields (channel ones apart) and the types it embeds. */
interface StructInfo {
  named: Set<string>;
  chans: Set<string>;
  /** Embedded types of this package by value. */
  embedded: Set<string>;
  /** Embeds a type through a pointer or of another package: names may come from there. */
  opaque: boolean;
}

/** Where a selector's name is found on a struct type: a field, a method or an embedded value, and the type owning it. */
type Found = { kind: 'field'; owner: string; chan: boolean } | { kind: 'method'; owner: string; fn: FuncInfo } | { kind: 'embedded'; owner: string };

class Model {
  private structs: Map<string, StructInfo | undefined> | undefined;
  private consts: Map<string, number> | undefined;
  private typeNames = new Map<string, boolean>();

  constructor(
    readonly pkg: Package,
    readonly index: PackageIndex,
  ) {}

  /** The struct type `name` declared in the package (only the files whose text declares it are parsed). */
  structOf(name: string): StructInfo | undefined {
    this.structs ??= new Map();
    if (!this.structs.has(name)) {
      const re = new RegExp(`(?:\\btype\\s+|^\\s+)${escapeRe(name)}(?:\\s*\\[[^\\]\\n]*\\])?\\s+struct\\b`, 'm');
      this.structs.set(name, undefined);
      this.scanStructs(this.pkg.files.filter((f) => f.text.includes(name) && re.test(f.text)), (n) => n === name);
    }
    return this.structs.get(name);
  }

  private readonly specs = new Map<SourceFile, { name: string | undefined; spec: Node }[]>();

  /**
   * The type specs of a file in document order, with their names: read once per file (structOf asks again for each
   * type, embedders for each type embedded), not walked again each time.
   */
  private typeSpecs(file: SourceFile): { name: string | undefined; spec: Node }[] {
    let list = this.specs.get(file);
    if (!list) {
      list = [];
      for (const spec of typeSpecsOf(file)) list.push({ name: spec.childForFieldName('name')?.text, spec });
      this.specs.set(file, list);
    }
    return list;
  }

  /** Read the struct declarations of these files into the table (those `want` picks). */
  private scanStructs(files: SourceFile[], want: (name: string) => boolean): void {
    const seen = new Set<string>();
    for (const file of files) {
      for (const { name, spec } of this.typeSpecs(file)) {
        if (!name || !want(name)) continue;
        const st = spec.childForFieldName('type');
        if (st?.type !== 'struct_type') continue;
        if (seen.has(name)) {
          this.structs!.set(name, undefined); // declared twice (build tags): unknown
          continue;
        }
        seen.add(name);
        const info: StructInfo = { named: new Set(), chans: new Set(), embedded: new Set(), opaque: false };
        const list = st.namedChildren.find((c) => c?.type === 'field_declaration_list');
        for (const fd of list?.namedChildren ?? []) {
          if (fd?.type !== 'field_declaration') continue;
          const names = fd.childrenForFieldName('name');
          const t = fd.childForFieldName('type');
          if (names.length === 0) {
            if (t?.type === 'type_identifier' && !fd.text.trimStart().startsWith('*')) info.embedded.add(t.text);
            else info.opaque = true;
            continue;
          }
          for (const n of names) {
            if (!n) continue;
            info.named.add(n.text);
            if (t?.type === 'channel_type') info.chans.add(n.text);
          }
        }
        this.structs!.set(name, info);
      }
    }
  }

  /**
   * The field, method or embedded value a selector `x.name` names on a value of struct type `type`, by Go's
   * depth rule over types embedded by value. Undefined when unknown: a type not declared here, a name that may
   * come from a type embedded through a pointer or from another package at a shallower depth, or two at one depth.
   */
  lookup(type: string, name: string): Found | undefined {
    let level = [type];
    let opaqueAbove = false;
    for (let depth = 0; depth < 6 && level.length > 0; depth++) {
      const found: Found[] = [];
      let opaqueHere = false;
      const next: string[] = [];
      for (const t of level) {
        const s = this.structOf(t);
        if (!s) return undefined;
        if (s.opaque) opaqueHere = true;
        const m = this.index.method(t, name);
        if (s.named.has(name)) found.push({ kind: 'field', owner: t, chan: s.chans.has(name) });
        else if (s.embedded.has(name)) found.push({ kind: 'embedded', owner: name });
        else if (m) found.push({ kind: 'method', owner: t, fn: m });
        else if (this.index.methodsOf(t).some((x) => x.name === name)) return undefined; // declared twice
        next.push(...s.embedded);
      }
      if (found.length > 1) return undefined;
      if (found.length === 1) return opaqueAbove ? undefined : found[0];
      // A type embedded through a pointer or from elsewhere at this depth brings names one level deeper.
      opaqueAbove = opaqueAbove || opaqueHere;
      level = next;
    }
    return undefined;
  }

  /** Every struct type of the package embedding `type` by value, at any depth, and the type itself. */
  embedders(type: string): string[] {
    let known = this.embeddersOf.get(type);
    if (!known) this.embeddersOf.set(type, (known = this.findEmbedders(type)));
    return known;
  }

  private readonly embeddersOf = new Map<string, string[]>();

  private findEmbedders(type: string): string[] {
    const out = new Set([type]);
    const todo = [type];
    while (todo.length > 0) {
      const t = todo.pop()!;
      // A struct embedding t names it alone: on its own line, or first in `struct{ t }`, or after a `;`.
      const re = new RegExp(`(?:^[ \\t]+|struct[ \\t]*\\{[ \\t]*|;[ \\t]*)${escapeRe(t)}[ \\t]*(?:\\/\\/.*)?(?:$|;|\\})`, 'm');
      const files = this.pkg.files.filter((f) => f.text.includes(t) && re.test(f.text));
      for (const f of files) {
        for (const { name } of this.typeSpecs(f)) {
          if (name && !out.has(name) && this.structOf(name)?.embedded.has(t)) {
            out.add(name);
            todo.push(name);
          }
        }
      }
      if (out.size > 50) break;
    }
    return [...out];
  }

  /** Integer value of a package constant: a literal, or `iota` (repeated implicitly) in a const group. */
  constant(name: string): number | undefined {
    const lit = this.index.constants.get(name);
    if (lit !== undefined) return lit;
    if (!this.consts) {
      const out = new Map<string, number>();
      const seen = new Set<string>();
      for (const file of this.pkg.files) {
        if (!/\biota\b/.test(file.text)) continue;
        const root = file.tree?.rootNode;
        for (const decl of root?.children ?? []) {
          if (decl?.type !== 'const_declaration') continue;
          let iota = 0;
          let last: string | undefined;
          for (const spec of decl.namedChildren) {
            if (spec?.type !== 'const_spec') continue;
            const names = spec.childrenForFieldName('name');
            const value = spec.childForFieldName('value');
            if (value) last = value.namedChildCount === 1 ? value.namedChild(0)!.text : undefined;
            for (const n of names) {
              if (!n) continue;
              if (seen.has(n.text)) out.delete(n.text);
              else if (names.length === 1 && last === 'iota') out.set(n.text, iota);
              seen.add(n.text);
            }
            iota++;
          }
        }
      }
      this.consts = out;
    }
    return this.consts.get(name);
  }

  /** Is `name` a type (so that `name(x)` converts)? Predeclared numeric types, or `type name` in the package. */
  isType(name: string): boolean {
    if (/^(u?int(8|16|32|64)?|uintptr|byte|rune|float(32|64))$/.test(name)) return true;
    let v = this.typeNames.get(name);
    if (v === undefined) {
      const re = new RegExp(`\\btype\\s+${escapeRe(name)}\\b`);
      v = !this.index.func(name) && this.pkg.files.some((f) => re.test(f.text));
      this.typeNames.set(name, v);
    }
    return v;
  }
}

type Sent = { node: Node; file: SourceFile };

interface Walk {
  model: Model;
  counts: Map<string, Sent[]>;
  caps: Map<string, number>;
  /** Non-channel fields the maker's path writes. */
  written: Set<string>;
  /** Fields whose zero value a switch on the path relied on. */
  guards: Set<string>;
  /** What the code the value is handed on to does with its fields. */
  handed: Map<string, Set<'receive' | 'remake' | 'write'>>;
  flowed: Set<string>;
  handedOn: boolean;
  budget: number;
  stack: FuncInfo[];
  /** Fields the literal that made the value sets (by key), or undefined when positional. */
  initial: Set<string> | undefined;
  /** The statement of the maker that led to the current method. */
  via?: Node;
}

interface Frame {
  fn: FuncInfo;
  /** The declaration holding the value (the local, or a method's receiver). */
  d: Decl;
  /** The struct type the declaration's value is viewed as (an embedded part inside a method of it). */
  view: string;
  consts: Map<Decl, number>;
  /** Locals holding a field's value read on the path: `s := T(atomic.LoadUint32((*uint32)(&v.s)))`. */
  reads: Map<Decl, string>;
  depth: number;
  /** The declaration holds the value itself (the local, or a pointer receiver), not a copy. */
  same: boolean;
}

type Step = 'next' | 'ret' | 'stop' | { send: Node; fn: FuncInfo; key: string };

const MAX_DEPTH = 8;

/** Does `n` refer to `d` anywhere? */
function mentionsD(n: Node, fr: Frame): boolean {
  return mentions(n, fr.d, fr.fn);
}

/** The struct type of `e` when it is the frame's value or an embedded part of it: `v`, `v.Embedded`, `(*v)`. */
function viewOf(e: Node, fr: Frame, w: Walk): string | undefined {
  const u = unparen(e);
  if (u.type === 'identifier') return fr.fn.resolution().declOf(u) === fr.d ? fr.view : undefined;
  if (u.type === 'unary_expression' && u.childForFieldName('operator')?.type === '*') return viewOf(u.childForFieldName('operand')!, fr, w);
  if (u.type === 'selector_expression') {
    const inner = viewOf(u.childForFieldName('operand')!, fr, w);
    const name = u.childForFieldName('field')?.text;
    if (!inner || !name) return undefined;
    const f = w.model.lookup(inner, name);
    return f?.kind === 'embedded' ? f.owner : undefined;
  }
  return undefined;
}

/** `v.f` (f a field of the value or of a part embedded in it): `Owner.f`. */
function fieldOf(sel: Node, fr: Frame, w: Walk): { key: string; chan: boolean; name: string } | undefined {
  const u = unparen(sel);
  if (u.type !== 'selector_expression') return undefined;
  const view = viewOf(u.childForFieldName('operand')!, fr, w);
  const name = u.childForFieldName('field')?.text;
  if (!view || !name) return undefined;
  const f = w.model.lookup(view, name);
  return f?.kind === 'field' ? { key: `${f.owner}.${name}`, chan: f.chan, name } : undefined;
}

/** Does `n` use the value only to read its non-channel fields (`v.name + s`)? */
function onlyReads(n: Node, fr: Frame, w: Walk): boolean {
  return fr.d.refs.every((r) => {
    if (!contains(n, r)) return true;
    const sel = parentSkippingParens(r);
    if (sel?.type !== 'selector_expression' || unparen(sel.childForFieldName('operand')!).id !== r.id) return false;
    const f = fieldOf(sel, fr, w);
    return !!f && !f.chan && !writtenRef(sel);
  });
}

/** An integer constant: a literal, a package constant, or a parameter bound to one by the call that got here. */
function constOf(n: Node, fr: Frame, w: Walk): number | undefined {
  const u = unparen(n);
  const lit = intLiteral(u);
  if (lit !== undefined) return lit;
  if (u.type !== 'identifier') return undefined;
  const d = fr.fn.resolution().declOf(u);
  if (d) return fr.consts.get(d);
  return w.model.constant(u.text);
}

/** `T(x)`, `(*T)(x)`: a conversion to a type, whose one argument is x. */
function convertedOf(call: Node, w: Walk): Node | undefined {
  if (call.type !== 'call_expression') return undefined;
  const f = call.childForFieldName('function');
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  if (!f || args.length !== 1 || args[0]?.type === 'variadic_argument') return undefined;
  const t = f.type === 'parenthesized_expression' ? /^\(\s*\*\s*([A-Za-z_]\w*)\s*\)$/.exec(f.text)?.[1] : f.type === 'identifier' ? f.text : undefined;
  return t && w.model.isType(t) ? args[0]! : undefined;
}

/** `atomic.LoadX(p)` of sync/atomic: p. */
function atomicLoadArg(call: Node, file: SourceFile): Node | undefined {
  if (call.type !== 'call_expression' || !/^atomic\.Load\w+$/.test(call.childForFieldName('function')?.text ?? '')) return undefined;
  if (!file.text.includes('"sync/atomic"')) return undefined;
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  return args.length === 1 ? args[0]! : undefined;
}

/** The field a value expression only reads: `v.g`, `atomic.LoadX(&v.g)`, through conversions. */
function fieldRead(e: Node, fr: Frame, w: Walk): string | undefined {
  let u = unparen(e);
  for (let c = convertedOf(u, w); c; c = convertedOf(u, w)) u = unparen(c);
  const p = atomicLoadArg(u, fr.fn.file);
  if (p) {
    let a = unparen(p);
    for (let c = convertedOf(a, w); c; c = convertedOf(a, w)) a = unparen(c);
    if (a.type !== 'unary_expression' || a.childForFieldName('operator')?.type !== '&') return undefined;
    u = unparen(a.childForFieldName('operand')!);
  }
  const f = fieldOf(u, fr, w);
  return f && !f.chan ? f.key : undefined;
}

/** A `return` (unless allowed), `goto`, `fallthrough`, or a `break`/`continue` leaving `s`, outside function literals. */
function jumps(s: Node, allowReturn = false): boolean {
  return findBelow(s, (n) => {
    if (n.type === 'return_statement') return !allowReturn;
    if (n.type === 'goto_statement' || n.type === 'fallthrough_statement') return true;
    if (n.type !== 'break_statement' && n.type !== 'continue_statement') return false;
    if (n.namedChildCount > 0) return true; // labelled
    for (let p = n.parent; p; p = p.parent) {
      if (p.type === 'for_statement') return false;
      if (n.type === 'break_statement' && /switch_statement|select_statement/.test(p.type)) return false;
      if (p.id === s.id) break;
    }
    return true;
  }).some((n) => !enclosedByLiteral(n, s));
}

function enclosedByLiteral(n: Node, within: Node): boolean {
  for (let p = n.parent; p && p.id !== within.id; p = p.parent) if (p.type === 'func_literal') return true;
  return false;
}

/** Is the identifier written: assigned, incremented, or its address taken? */
function writtenRef(r: Node): boolean {
  const p = parentSkippingParens(r);
  if (!p) return false;
  if (p.type === 'inc_statement' || p.type === 'dec_statement') return true;
  if (p.type === 'unary_expression' && p.childForFieldName('operator')?.type === '&') return true;
  if (p.type === 'expression_list' && p.parent && /assignment_statement|short_var_declaration|range_clause/.test(p.parent.type)) {
    return p.parent.childForFieldName('left')?.id === p.id;
  }
  return false;
}

function walkList(stmts: Node[], fr: Frame, w: Walk): Step {
  for (const s of stmts) {
    if (--w.budget < 0) return 'stop';
    const r = walkStmt(s, fr, w);
    if (r !== 'next') return r;
  }
  return 'next';
}

function walkStmt(s: Node, fr: Frame, w: Walk): Step {
  if (!mentionsD(s, fr)) {
    if (s.type === 'return_statement') return 'ret';
    // A statement that may skip what follows makes the rest uncertain: inside a method, returning early too
    // (the caller goes on); in the maker, a return only means a later send may not be reached.
    if (jumps(s, fr.depth === 0)) return 'stop';
    return 'next';
  }
  switch (s.type) {
    case 'send_statement': {
      const f = fieldOf(s.childForFieldName('channel')!, fr, w);
      if (!f?.chan || !onlyReads(s.childForFieldName('value')!, fr, w)) return 'stop';
      const cap = w.caps.get(f.key);
      if (cap === undefined) return 'stop';
      const list = w.counts.get(f.key) ?? [];
      if (list.length >= cap) return { send: s, fn: fr.fn, key: f.key };
      list.push({ node: s, file: fr.fn.file });
      w.counts.set(f.key, list);
      return 'next';
    }
    case 'assignment_statement': {
      const l = s.childForFieldName('left');
      const r = s.childForFieldName('right');
      if (l?.namedChildCount !== 1 || r?.namedChildCount !== 1 || mentionsD(r, fr)) return 'stop';
      const f = fieldOf(l.namedChild(0)!, fr, w);
      if (!f) return 'stop';
      const v = unparen(r.namedChild(0)!);
      if (f.chan) {
        // `v.ch = make(chan X, N)`: a new channel with a known buffer, on the value itself (not a copy).
        const args = v.type === 'call_expression' && v.childForFieldName('function')?.text === 'make' ? v.childForFieldName('arguments')?.namedChildren ?? [] : [];
        const n = args.length === 2 && args[0]?.type === 'channel_type' && s.child(1)?.type === '=' ? constOf(args[1]!, fr, w) : undefined;
        if (n === undefined || n < 1 || !fr.same) return 'stop';
        w.caps.set(f.key, n);
        w.counts.set(f.key, []);
        return 'next';
      }
      w.written.add(f.key);
      return 'next';
    }
    case 'inc_statement':
    case 'dec_statement': {
      const f = fieldOf(s.namedChild(0)!, fr, w);
      if (!f || f.chan) return 'stop';
      w.written.add(f.key);
      return 'next';
    }
    case 'short_var_declaration': {
      // `s := T(atomic.LoadUint32((*uint32)(&v.s)))`: a local holding a field's value.
      const l = s.childForFieldName('left');
      const r = s.childForFieldName('right');
      if (l?.namedChildCount !== 1 || r?.namedChildCount !== 1) return 'stop';
      const key = fieldRead(r.namedChild(0)!, fr, w);
      const d = declaredBy(fr.fn, l.namedChild(0)!);
      if (!key || !d) return 'stop';
      fr.reads.set(d, key);
      return 'next';
    }
    case 'expression_statement':
    case 'go_statement': {
      const call = unparen(s.namedChild(0)!);
      const f = call.type === 'call_expression' ? call.childForFieldName('function') : null;
      if (s.type === 'expression_statement' && f?.type === 'selector_expression') {
        const view = viewOf(f.childForFieldName('operand')!, fr, w);
        const m = view ? w.model.lookup(view, f.childForFieldName('field')!.text) : undefined;
        if (m?.kind === 'method') return callMethod(s, call, m.fn, m.owner, fr, w);
      }
      // The value handed on (a goroutine, a closure, an argument): followed to see what may happen to it there.
      w.handedOn = true;
      return flow(fr.fn, fr.d, fr.view, s, w) ? 'next' : 'stop';
    }
    case 'for_statement':
      return constantLoop(s, fr, w);
    case 'expression_switch_statement':
      return zeroSwitch(s, fr, w);
    default:
      return 'stop';
  }
}

/** `v.m(args)` on the maker's path: walk m's body with its receiver as the value. */
function callMethod(s: Node, call: Node, m: FuncInfo, owner: string, fr: Frame, w: Walk): Step {
  const args = call.childForFieldName('arguments');
  const recv = m.receiver();
  const body = m.node.childForFieldName('body');
  if (!args || mentionsD(args, fr) || !recv || !body || m.resolution().truncated) return 'stop';
  if (w.stack.includes(m) || fr.depth >= MAX_DEPTH) return 'stop';
  const consts = new Map<Decl, number>();
  const params = m.paramsOf(m.node);
  args.namedChildren.forEach((a, i) => {
    const v = a ? constOf(a, fr, w) : undefined;
    const p = params[i];
    if (v !== undefined && p && !m.isVariadicAt(m.node, i)) consts.set(p, v);
  });
  // A parameter assigned in the body is not its argument any more.
  for (const p of consts.keys()) if (p.refs.some(writtenRef)) consts.delete(p);
  const pointer = recv.node.parent?.childForFieldName('type')?.type === 'pointer_type';
  if (fr.depth === 0) w.via = s;
  w.stack.push(m);
  const step = walkList(blockStatements(body), { fn: m, d: recv, view: owner, consts, reads: new Map(), depth: fr.depth + 1, same: fr.same && pointer }, w);
  w.stack.pop();
  return step === 'ret' ? 'next' : step;
}

/** `for i := a; i < N; i++ { … }` with constants a and N and a body that neither leaves early nor writes i. */
function constantLoop(s: Node, fr: Frame, w: Walk): Step {
  const h = countedLoop(s);
  const body = s.childForFieldName('body');
  if (!h || !body || h.init.childForFieldName('left')?.namedChildCount !== 1 || h.init.childForFieldName('right')?.namedChildCount !== 1) return 'stop';
  const i = declaredBy(fr.fn, h.index);
  const start = constOf(h.from, fr, w);
  const bound = constOf(h.to, fr, w);
  if (!i || start === undefined || bound === undefined) return 'stop';
  if (jumps(body) || i.refs.some((r) => contains(body, r) && writtenRef(r))) return 'stop';
  const times = (h.op === '<=' ? bound + 1 : bound) - start;
  if (times > 4096) return 'stop';
  const stmts = blockStatements(body);
  for (let k = 0; k < times; k++) {
    const step = walkList(stmts, fr, w);
    if (step !== 'next') return step;
  }
  return 'next';
}

/**
 * `switch s { case C: … }` where s holds a field of the value that nothing can have set (its zero value: the
 * literal did not set it, the path did not write it, and the code the value is handed to does not either, which
 * is checked at the end) and C is a constant 0: only that case runs.
 */
function zeroSwitch(s: Node, fr: Frame, w: Walk): Step {
  const tag = s.childForFieldName('value');
  if (!tag || s.childForFieldName('initializer') || unparen(tag).type !== 'identifier') return 'stop';
  const local = fr.fn.resolution().declOf(unparen(tag));
  const key = local ? fr.reads.get(local) : undefined;
  if (!local || !key || local.refs.some(writtenRef) || w.written.has(key) || !zeroAtStart(key, w)) return 'stop';
  let taken: Node | undefined;
  for (const clause of s.namedChildren) {
    if (clause?.type === 'default_case') {
      taken ??= clause;
      continue;
    }
    if (clause?.type !== 'expression_case') continue;
    const values = clause.childForFieldName('value')?.namedChildren ?? [];
    for (const v of values) {
      const n = v ? constOf(v, fr, w) : undefined;
      if (n === undefined) return 'stop'; // a case that is not a constant may match first
      if (n === 0 && (!taken || taken.type === 'default_case')) taken = clause;
    }
    if (taken?.type === 'expression_case') break;
  }
  w.guards.add(key);
  if (!taken) return 'next';
  return walkList(caseStatements(taken), fr, w);
}

/** The field `Owner.f` still holds its zero value from the literal that made the value. */
function zeroAtStart(key: string, w: Walk): boolean {
  if (!w.initial) return false;
  const [owner, name] = key.split('.');
  return !w.initial.has(name) && !w.initial.has(owner);
}

/**
 * The value (held by `d` in `fn`) handed on within `within`: follow it into the package code it reaches
 * (methods called on it, functions it is passed to, goroutines and closures) and note what that code does with
 * its fields. False when it may go anywhere else (stored, returned, passed to another package, an interface).
 */
function flow(fn: FuncInfo, d: Decl, view: string, within: Node, w: Walk): boolean {
  if (fn.resolution().truncated) return false;
  for (const r of d.refs) {
    if (!contains(within, r)) continue;
    if (--w.budget < 0 || !flowUse(r, fn, view, w)) return false;
  }
  return true;
}

function flowInto(fn: FuncInfo, d: Decl | undefined, view: string, w: Walk): boolean {
  const body = fn.node.childForFieldName('body');
  if (!d || !body) return !!body;
  const k = `${fn.file.path}:${fn.node.startIndex}:${d.node.startIndex}:${view}`;
  if (w.flowed.has(k)) return true;
  w.flowed.add(k);
  return flow(fn, d, view, body, w);
}

function note(w: Walk, key: string, what: 'receive' | 'remake' | 'write'): void {
  const set = w.handed.get(key) ?? new Set();
  set.add(what);
  w.handed.set(key, set);
}

function flowUse(r: Node, fn: FuncInfo, view: string, w: Walk): boolean {
  let e: Node = r;
  let v = view;
  for (;;) {
    const p = parentSkippingParens(e);
    if (p?.type !== 'selector_expression' || unparen(p.childForFieldName('operand')!).id !== unparen(e).id) break;
    const name = p.childForFieldName('field')!.text;
    const f = w.model.lookup(v, name);
    if (!f) return false;
    if (f.kind === 'embedded') {
      e = p;
      v = f.owner;
      continue;
    }
    const pp = parentSkippingParens(p);
    if (f.kind === 'method') {
      if (pp?.type !== 'call_expression' || unparen(pp.childForFieldName('function')!).id !== p.id) return false; // a method value
      return flowInto(f.fn, f.fn.receiver(), f.owner, w);
    }
    const key = `${f.owner}.${name}`;
    if (f.chan) {
      if (pp?.type === 'send_statement' && unparen(pp.childForFieldName('channel')!).id === p.id) return true;
      note(w, key, writtenRef(p) ? 'remake' : 'receive');
      return true;
    }
    if (writtenRef(p) && !atomicRead(p, fn, w)) note(w, key, 'write');
    return true;
  }
  // The value itself (or an embedded part): only as an argument of a package function that takes it.
  let arg = e;
  const p = parentSkippingParens(arg);
  if (p?.type === 'unary_expression' && p.childForFieldName('operator')?.type === '&') arg = p;
  while (arg.parent?.type === 'parenthesized_expression') arg = arg.parent;
  if (arg.parent?.type !== 'argument_list') return false;
  const call = arg.parent.parent!;
  const callee = call.childForFieldName('function')!;
  const res = fn.resolution();
  const to = w.model.index.parameterFor(call, arg, res);
  if (!to) return false;
  // `x.m(v)`: only when x is known to be of a package type declaring m.
  const cu = unparen(callee);
  if (cu.type === 'selector_expression') {
    const t = operandType(cu.childForFieldName('operand')!, fn, res, w.model.index);
    if (!t || w.model.index.method(t, cu.childForFieldName('field')!.text) !== to.callee) return false;
  } else if (cu.type !== 'identifier') return false;
  const pt = to.param.node.parent?.childForFieldName('type');
  if (typeName(pt) !== v) return false;
  return flowInto(to.callee, to.param, v, w);
}

/** `&v.g` handed only to `atomic.LoadX` (through conversions): a read. */
function atomicRead(sel: Node, fn: FuncInfo, w: Walk): boolean {
  const amp = parentSkippingParens(sel);
  if (amp?.type !== 'unary_expression') return false;
  let n: Node = amp;
  for (;;) {
    while (n.parent?.type === 'parenthesized_expression') n = n.parent;
    const list = n.parent;
    const call = list?.type === 'argument_list' ? list.parent : null;
    if (!call) return false;
    if (atomicLoadArg(call, fn.file)?.id === n.id) return true;
    if (convertedOf(call, w)?.id !== n.id) return false;
    n = call;
  }
}

function computePrefills(pkg: Package): PrefillLeak[] {
  const index = pkg.fact(packageIndex);
  const model = new Model(pkg, index);
  const out: PrefillLeak[] = [];
  const tried = new Set<Decl>();
  const constructors = new Set<FuncInfo>();
  const literalsOf = new Set<string>();
  const tryDecl = (d: Decl | undefined, fn: FuncInfo | undefined) => {
    if (!d || !fn || d.kind !== 'var' || tried.has(d)) return;
    tried.add(d);
    const leak = prefill(d, fn, model);
    if (leak) out.push(leak);
  };
  // `v := &T{…}` in a function, or a package function that only builds and returns it: every local its
  // callers make with it.
  const fromLiteral = (lit: Node) => {
    if (lit.parent?.type === 'unary_expression') lit = lit.parent;
    const fn = index.enclosing(lit);
    if (!fn) return;
    const list = lit.parent;
    const decl = list?.parent;
    if (list?.type === 'expression_list' && decl?.type === 'short_var_declaration' && decl.childForFieldName('right')?.id === list.id) {
      const i = list.namedChildren.findIndex((c) => c?.id === lit.id);
      const name = decl.childForFieldName('left')?.namedChild(i);
      if (name) tryDecl(declaredBy(fn, name), fn);
    }
    if (!fn.recvType && !constructors.has(fn) && pureConstructor(fn, index)) {
      constructors.add(fn);
      for (const site of index.callsTo(fn)) {
        const caller = index.enclosing(site.call);
        const l = site.call.parent;
        const sv = l?.parent;
        if (!caller || l?.type !== 'expression_list' || sv?.type !== 'short_var_declaration' || l.namedChildCount !== 1) continue;
        const name = sv.childForFieldName('left')?.namedChild(0);
        if (name) tryDecl(declaredBy(caller, name), caller);
      }
    }
  };
  // Driven by the buffered makes (so that nothing is resolved, and no file parsed, for packages without one):
  // a field of a struct literal (`T{f: make(chan X, N)}`), or assigned to a field of a method's receiver
  // (`r.f = make(chan X, n)`), whose type's literals (and those of the types embedding it) are then tried.
  for (const fs of pkg.fact(syntaxIndex)) {
    for (const make of fs.makes) {
      if ((make.childForFieldName('arguments')?.namedChildCount ?? 0) !== 2) continue;
      const el = make.parent?.type === 'literal_element' ? make.parent.parent : make.parent;
      const lit = el?.type === 'keyed_element' ? el.parent?.parent : undefined;
      if (lit?.type === 'composite_literal') {
        fromLiteral(lit);
        continue;
      }
      const assign = make.parent?.type === 'expression_list' ? make.parent.parent : undefined;
      const target = assign?.type === 'assignment_statement' ? unparen(assign.childForFieldName('left')?.namedChild(0) ?? assign) : undefined;
      const fn = index.enclosing(make);
      const recv = fn?.receiver();
      if (!fn?.recvType || !recv || target?.type !== 'selector_expression') continue;
      const base = unparen(target.childForFieldName('operand')!);
      if (base.type !== 'identifier' || fn.resolution().declOf(base) !== recv) continue;
      for (const type of model.embedders(fn.recvType)) {
        if (literalsOf.has(type)) continue;
        literalsOf.add(type);
        const re = new RegExp(`(?<![\\w.])${escapeRe(type)}\\s*(?:\\[[^\\]{}]*\\])?\\s*\\{`, 'g');
        for (const file of pkg.files) {
          if (!file.text.includes(type)) continue;
          for (const m of file.text.matchAll(re)) {
            const id = file.rootAt(m.index!)?.descendantForIndex(m.index!);
            let n: Node | null | undefined = id;
            while (n && n.type !== 'composite_literal' && n.startIndex === m.index) n = n.parent;
            if (n?.type === 'composite_literal' && n.startIndex === m.index) fromLiteral(n);
          }
        }
      }
    }
  }
  return out;
}

/** The declaration a declaring identifier makes (`v` of `v := …`). */
function declaredBy(fn: FuncInfo, id: Node): Decl | undefined {
  const res = fn.resolution();
  return res.declOf(id) ?? res.decls.find((d) => d.node.id === id.id);
}

function prefill(d: Decl, fn: FuncInfo, model: Model): PrefillLeak | undefined {
  const index = model.index;
  if (!d.init || fn.resolution().truncated) return undefined;
  const init = unparen(d.init);
  let lit: Node | undefined;
  let type = builtType(init);
  let ctor: FuncInfo | undefined;
  if (type) lit = init;
  else if (init.type === 'call_expression') {
    const callee = index.calleeOf(init.childForFieldName('function')!, fn.resolution());
    if (!callee?.usable || callee.recvType) return undefined;
    lit = pureConstructor(callee, index);
    type = builtType(lit);
    ctor = callee;
    if (!type || typeName(callee.node.childForFieldName('result')) !== type) return undefined;
  }
  if (!lit || !type || !model.structOf(type)) return undefined;
  const caps = new Map<string, number>();
  for (const [field, n] of literalCapacities(lit, index)) {
    const f = model.lookup(type, field);
    if (f?.kind === 'field' && f.chan) caps.set(`${f.owner}.${field}`, n);
  }
  // The fields the literal (and the constructor) set; undefined when positional or setting an embedded value.
  let initial: Set<string> | undefined = new Set<string>();
  let u = unparen(lit);
  if (u.type === 'unary_expression') u = unparen(u.childForFieldName('operand')!);
  for (const el of u.childForFieldName('body')?.namedChildren ?? []) {
    const key = el?.type === 'keyed_element' ? el.namedChild(0)?.text : undefined;
    if (!key || model.lookup(type, key)?.kind !== 'field') initial = undefined;
    else initial?.add(key);
  }
  if (ctor) {
    for (const a of ctor.node.descendantsOfType('assignment_statement')) {
      const t = a ? unparen(a.childForFieldName('left')?.namedChild(0) ?? a) : undefined;
      if (t?.type === 'selector_expression') initial?.add(t.childForFieldName('field')!.text);
      else initial = undefined;
    }
  }
  // The statements after the declaration, in the list that holds it.
  let stmt: Node | null = d.node;
  while (stmt && stmt.parent && stmt.parent.type !== 'statement_list') stmt = stmt.parent;
  const list = stmt?.parent;
  if (!stmt || !list) return undefined;
  const after = list.namedChildren.filter((c): c is Node => !!c && c.startIndex > stmt!.startIndex);
  const w: Walk = { model, counts: new Map(), caps, written: new Set(), guards: new Set(), handed: new Map(), flowed: new Set(), handedOn: false, budget: 20000, stack: [], initial };
  const step = walkList(after, { fn, d, view: type, consts: new Map(), reads: new Map(), depth: 0, same: true }, w);
  if (typeof step !== 'object') return undefined;
  // Nothing the value is handed to may receive from the channel or make it anew, nor set a field a switch read.
  const handed = w.handed.get(step.key);
  if (handed?.has('receive') || handed?.has('remake')) return undefined;
  for (const g of w.guards) if (w.handed.get(g)?.has('write')) return undefined;
  return {
    send: step.send,
    file: step.fn.file,
    fn: step.fn,
    chan: step.key,
    capacity: w.caps.get(step.key)!,
    earlier: w.counts.get(step.key) ?? [],
    value: d.name,
    maker: fn.displayName,
    made: { node: d.init, file: fn.file },
    handedOn: w.handedOn,
    via: step.fn === fn || !w.via ? undefined : { node: w.via, file: fn.file },
  };
}

export const prefills: Fact<PrefillLeak[]> = {
  key: 'prefills',
  compute: computePrefills,
};
