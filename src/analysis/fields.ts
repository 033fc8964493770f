import type { Node } from 'web-tree-sitter';
import { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { syntaxIndex } from './syntax-index';
import { codeMatches, inCode } from '../source/lex';
import { Body, ChanInfo, ChanOp, ChanWorld, copiesOf, Tracker } from './channels';
import { FuncInfo, intLiteral, packageIndex, PackageIndex } from './funcs';
import type { Resolution } from './scope';
import { CONSTANT_LITERAL, contains, enclosingFuncNode, escapeRe, IDENTIFIER, isExported, isFuncNode, listItems, nodeStartingAt, parentSkippingParens, unparen } from './syntax';
import { builtType, madeByDeclaration, operandType, typeName } from './typing';
import { typeSpecsOf } from './prefill';

/**
 * Channels owned by long-lived objects: a struct field of channel type (`type T struct { f chan X }`) is one
 * channel identity, `T.f`, shared by every method and function of the package that reaches it (`x.f` for any
 * value x of T). Its operations are grouped by the body that runs them, like a local channel's: a method
 * started only with `go x.m()` is a goroutine; any other function runs in its callers' goroutines, any number
 * of times, so nothing is counted across its calls.
 *
 * Only unexported fields are followed: code outside the package cannot touch them, so the package's own code
 * is every use. When the field's name is declared by one struct of the package only (and no method has it),
 * every selector `.f` in the package is this field, whatever the operand (no type checker needed); otherwise
 * only selectors whose operand is known to be a T (a receiver of T's methods, a value built as `&T{…}`,
 * `T{…}` or `new(T)`, a parameter of type T or *T) are, and an operand of unknown type makes the field unknown.
 */

export interface FieldWorld extends ChanWorld {
  chan: ChanInfo & { field: string; structType: string; ofType: true };
  /** Every assignment of a value to the field (`x.f = v`, `T{f: v}`, an unkeyed `T{…}`); value undefined when unseen. */
  writes: { file: SourceFile; node: Node; value?: Node }[];
  /** Code golint-chan cannot see may receive from the field (an exported getter returns it as `<-chan`). */
  unseenReceivers?: boolean;
  /**
   * Nothing in the package ever gives the field a value (no make, no `T{f: …}`, no unkeyed `T{…}`, no `x.f = …`),
   * the field's name is declared by this struct only, and no use of it escapes: every value of T holds a nil
   * channel there.
   */
  neverAssigned?: boolean;
}

export interface FieldFacts {
  worlds: FieldWorld[];
}

/** The struct type names declared with a field named `field` anywhere in the package (anonymous structs: ''). */
function declarersOf(pkg: Package, field: string): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(`^[ \\t]*(?:[A-Za-z_]\\w*[ \\t]*,[ \\t]*)*${escapeRe(field)}\\b`, 'gm');
  for (const file of mentioning(pkg, field)) {
    for (const m of file.text.matchAll(re)) {
      const root = file.rootAt(m.index!);
      if (!root) break;
      const at = m.index! + m[0].lastIndexOf(field);
      const id = nodeStartingAt(root, at, 'field_identifier', 1);
      const decl = id?.parent;
      if (decl?.type !== 'field_declaration') continue;
      const spec = decl.parent?.parent?.parent;
      out.add(spec?.type === 'type_spec' ? (spec.childForFieldName('name')?.text ?? '') : '');
    }
  }
  return out;
}

/** A reference to `fn` in the text: its name's node, the callee (the name or `x.name`) and what uses the callee. */
interface Reference {
  id: Node;
  callee: Node;
  call: Node | null;
}

/**
 * The references to `fn` in the package (declarations, struct keys and field declarations left out), found from its
 * name in the text; undefined when no file has a go statement that could start it (then none of them does).
 */
function referencesOf(pkg: Package, fn: FuncInfo): Reference[] | undefined {
  return maybeStartedByGo(pkg, fn) ? [...referencesIn(pkg, fn)] : undefined;
}

/** The references of referencesOf, one at a time (so that a caller can stop early). */
function* referencesIn(pkg: Package, fn: FuncInfo, only?: (file: SourceFile) => boolean): Generator<Reference> {
  const re = referenceText(fn);
  for (const file of mentioning(pkg, fn.name)) {
    if (only && !only(file)) continue;
    for (const m of file.text.matchAll(re)) {
      const root = file.rootAt(m.index!);
      if (!root) break;
      const at = m.index! + m[0].length - fn.name.length;
      const id = root.descendantForIndex(at);
      if (!id || id.text !== fn.name || id.startIndex !== at) continue;
      const parent = id.parent;
      if (parent?.type === 'function_declaration' || parent?.type === 'method_declaration') continue;
      if (id.type === 'field_identifier' && parent?.type !== 'selector_expression') continue; // a struct key or field decl
      const callee = parent?.type === 'selector_expression' ? parent : id;
      yield { id, callee, call: callee === id ? parent : callee.parent };
    }
  }
}

/** Where the name of `fn` is written as a reference: `.name` for a method, `name` not after a dot for a function. */
function referenceText(fn: FuncInfo): RegExp {
  return referencePattern(fn.name, !!fn.recvType);
}

/** referenceText for a method (`.name`) or a function (`name` not after a dot or a word character). */
export function referencePattern(name: string, method: boolean): RegExp {
  const n = escapeRe(name);
  return method ? new RegExp(`\\.\\s*${n}\\b`, 'g') : new RegExp(`(?<![\\w.])${n}\\b`, 'g');
}

/**
 * Could a go statement start `fn` at all? Most functions are never started with go: found out from the text before
 * resolving anything (a file without a go statement cannot start it).
 */
function maybeStartedByGo(pkg: Package, fn: FuncInfo): boolean {
  let v = startable.get(fn);
  if (v === undefined) {
    const name = escapeRe(fn.name);
    const goText = new RegExp(`\\bgo\\b[^\\n]*${fn.recvType ? '\\.\\s*' : '(?<![\\w.])'}${name}\\b|\\bgo\\s+func\\b`);
    // goText's second half alone, asked once per file: most files that have go statements have a `go func`.
    v = mentioning(pkg, fn.name).some((f) => !f.tokenFree && (textHas(f, GO_FUNC) || goText.test(f.text)));
    startable.set(fn, v);
  }
  return v;
}

/** maybeStartedByGo's answers (a function is asked about by onlyGoStarts, goStartsOnly and referencesOf alike). */
const startable = new WeakMap<FuncInfo, boolean>();

const GO_FUNC = /\bgo\s+func\b/;
const GO_WORD = /\bgo\b/;

/** Does the text of `file` match `re` (no `g` flag)? Asked once per file and expression. */
function textHas(file: SourceFile, re: RegExp): boolean {
  let known = textTests.get(file);
  if (!known) textTests.set(file, (known = new Map()));
  let v = known.get(re);
  if (v === undefined) known.set(re, (v = re.test(file.text)));
  return v;
}

const textTests = new WeakMap<SourceFile, Map<RegExp, boolean>>();

/**
 * The files of the package whose text holds `word` anywhere, in package order: each word is looked for once per
 * package (a type is asked for each of its channel fields, a field by declarersOf and trackTypeField, a method by
 * maybeStartedByGo, onlyGoStarts and referencesIn).
 */
function mentioning(pkg: Package, word: string): SourceFile[] {
  let byWord = mentions.get(pkg);
  if (!byWord) mentions.set(pkg, (byWord = new Map()));
  let files = byWord.get(word);
  if (!files) byWord.set(word, (files = pkg.files.filter((f) => f.text.includes(word))));
  return files;
}

const mentions = new WeakMap<Package, Map<string, SourceFile[]>>();

/**
 * The ranges of the functions that go statements of `file` start: `F` of `go F(…)`, and `F` of each call statement
 * `F(…)` directly in the body of `go func(){…}()` (what goStarting accepts). Every reference that goStartOf takes
 * for a go start lies in one of them.
 */
function goCalleeRanges(file: SourceFile): [number, number][] {
  const out: [number, number][] = [];
  if (!inCode(file.text, String.raw`\bgo\b`)) return out;
  const add = (call: Node | null | undefined) => {
    const f = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
    if (f) out.push([f.startIndex, f.endIndex]);
    return f;
  };
  // In code only: a `go` in a comment starts nothing (and needs no tree).
  for (const m of codeMatches(file.text, String.raw`\bgo\b`)) {
    const root = file.rootAt(m.index);
    if (!root) return out;
    const go = nodeStartingAt(root, m.index, 'go_statement', 2);
    const f = add(go?.namedChild(0));
    if (f?.type !== 'func_literal') continue;
    const body = f.childForFieldName('body');
    for (const c of body?.namedChildren ?? []) {
      for (const stmt of c?.type === 'statement_list' ? c.namedChildren : [c]) {
        if (stmt?.type === 'expression_statement') add(stmt.namedChild(0));
      }
    }
  }
  return out;
}

/** The go statement that runs a reference as its goroutine (see goStarting), if it is called as one. */
function goStartOf(r: Reference): Node | undefined {
  const { callee, call } = r;
  return call?.type === 'call_expression' && call.childForFieldName('function')?.id === callee.id ? goStarting(call) : undefined;
}

/**
 * Is `fn` started as a goroutine by nothing but go statements (`go x.m()`, `go func(){ x.m() }()`), and by which?
 * Undefined when it is not: then it runs in its callers' goroutines. The same as `startsOf(…).go` when
 * `startsOf(…).other` is 0, but without looking up or resolving any reference when none of them is even written
 * inside the function a go statement starts (most functions): looking up and resolving only drop references, so they
 * cannot add a go start.
 */
function onlyGoStarts(
  pkg: Package,
  fn: FuncInfo,
  goCallees: (file: SourceFile) => [number, number][],
  full: () => Node[] | undefined,
): Node[] | undefined {
  if (!maybeStartedByGo(pkg, fn)) return undefined;
  const re = referenceText(fn);
  const written = mentioning(pkg, fn.name).some((file) => {
    // Without the word go, goCallees(file) is empty (goCalleeRanges reads the file's code for it).
    if (!textHas(file, GO_WORD)) return false;
    if (!WORD_NAME.test(fn.name)) {
      let ranges: [number, number][] | undefined;
      for (const m of file.text.matchAll(re)) {
        const at = m.index! + m[0].length - fn.name.length;
        ranges ??= goCallees(file);
        if (ranges.some(([from, to]) => from <= at && at < to)) return true;
      }
      return false;
    }
    // The same answer without reading the whole file for every function asked about: only whether there is a
    // reference at all (goCallees is read, and the file parsed, only then), and then the references that lie inside
    // the ranges of go callees, which are few and short.
    re.lastIndex = 0;
    if (!re.test(file.text)) return false;
    return goCallees(file).some(([from, to]) => referenceBetween(file.text, fn.name, !!fn.recvType, from, to));
  });
  return written ? full() : undefined;
}

/** A name made of ASCII word characters only, for which referenceBetween reads the same as referencePattern. */
const WORD_NAME = /^\w+$/;

/**
 * Does a reference that referencePattern(name, method) matches have its name at an offset in [from, to) of `text`
 * (`name` made of ASCII word characters only)? Each match of the pattern is an occurrence of the name that
 * referenceAt accepts and the matches cannot overlap, so this is `matchAll` restricted to those offsets.
 */
export function referenceBetween(text: string, name: string, method: boolean, from: number, to: number): boolean {
  for (let at = text.indexOf(name, from); at !== -1 && at < to; at = text.indexOf(name, at + 1)) {
    if (referenceAt(text, name, method, at)) return true;
  }
  return false;
}

const WORD_CHAR = /\w/;
const SPACE_CHAR = /\s/;

/** referencePattern's conditions around the occurrence of `name` at `at`: `\.\s*name\b`, or `(?<![\w.])name\b`. */
function referenceAt(text: string, name: string, method: boolean, at: number): boolean {
  const end = at + name.length;
  if (end < text.length && WORD_CHAR.test(text[end])) return false; // \b after a name ending in a word character
  if (method) {
    let i = at - 1;
    while (i >= 0 && SPACE_CHAR.test(text[i])) i--;
    return i >= 0 && text[i] === '.';
  }
  return at === 0 || !(WORD_CHAR.test(text[at - 1]) || text[at - 1] === '.');
}

/**
 * What a reference does to `fn`: starts it as a goroutine ('go'), calls or uses it otherwise ('other'), or is not a
 * reference to it at all (another type's method, another function's call: undefined).
 */
function startKind(index: PackageIndex, fn: FuncInfo, r: Reference): 'go' | 'other' | undefined {
  const { id, callee, call } = r;
  const caller = index.enclosing(id);
  if (fn.recvType && callee.type === 'selector_expression') {
    // `x.m`: this method when x is a T (or the name is T's alone), another type's when x is known otherwise.
    const res = caller?.resolution();
    const target = res ? index.calleeOf(callee, res) : undefined;
    const ot = caller && res ? operandType(callee.childForFieldName('operand')!, caller, res, index) : undefined;
    // A value of an interface type of the package that lists the method (`t ticker` for `ticker interface {
    // tickChan() <-chan time.Time }`) may hold a T, whatever other type's method the name was resolved to: its calls
    // may be of this method.
    const viaInterface = ot !== undefined && ot !== fn.recvType && listsMethod(index.package, ot, fn.name);
    if (viaInterface) return goStartOf(r) ? 'go' : 'other';
    if (target !== fn && ot !== fn.recvType) return ot === undefined && target === undefined ? 'other' : undefined;
  } else if (!fn.recvType && call?.type === 'call_expression' && index.callee(call, caller?.resolution()) !== fn) return undefined;
  return goStartOf(r) ? 'go' : 'other';
}

/** listsMethod's answers, by package and `type.name` (asked for every reference of a method through another type). */
const listed = new WeakMap<Package, Map<string, boolean>>();

/** Is `type` an interface type declared in the package that lists a method `name`? */
function listsMethod(pkg: Package, type: string, name: string): boolean {
  let known = listed.get(pkg);
  if (!known) listed.set(pkg, (known = new Map()));
  const key = `${type}.${name}`;
  let v = known.get(key);
  if (v === undefined) known.set(key, (v = interfaceLists(pkg, type, name)));
  return v;
}

function interfaceLists(pkg: Package, type: string, name: string): boolean {
  const spec = new RegExp(`\\b${escapeRe(type)}\\s+interface\\s*\\{`);
  for (const f of pkg.files) {
    if (!f.text.includes(name) || !spec.test(f.text)) continue;
    for (const t of typeSpecsOf(f)) {
      const body = t.childForFieldName('type');
      if (t.childForFieldName('name')?.text !== type || body?.type !== 'interface_type') continue;
      if (body.namedChildren.some((m) => (m?.type === 'method_elem' || m?.type === 'method_spec') && m.childForFieldName('name')?.text === name)) return true;
    }
  }
  return false;
}

/** Every function or method that refers to `fn`, and whether each reference starts it as a goroutine. */
function startsOf(index: PackageIndex, refs: Reference[] | undefined, fn: FuncInfo): { go: Node[]; other: number } {
  const out = { go: [] as Node[], other: 0 };
  if (!refs) return { go: [], other: 1 };
  for (const r of refs) {
    const kind = startKind(index, fn, r);
    if (kind === 'go') out.go.push(goStartOf(r)!);
    else if (kind === 'other') out.other++;
  }
  return out;
}

/**
 * `startsOf(…).go` when `startsOf(…).other` is 0 and `go` is not empty, else undefined; it stops at the first reference
 * not written as a go start that refers to `fn` (most functions have such a caller), and looks at the go starts last.
 */
function goStartsOnly(pkg: Package, index: PackageIndex, fn: FuncInfo): Node[] | undefined {
  if (!maybeStartedByGo(pkg, fn)) return undefined;
  // Any reference to `fn` that is not a go start rules it out, wherever it is written: looked for first in the files
  // that hold their tree already, so that the files that only mention `fn` are not parsed to find one.
  for (const r of referencesIn(pkg, fn, (file) => file.hasTree)) {
    if (goStartOf(r) === undefined && startKind(index, fn, r) !== undefined) return undefined;
  }
  const written: Reference[] = [];
  for (const r of referencesIn(pkg, fn)) {
    if (goStartOf(r) !== undefined) written.push(r);
    else if (startKind(index, fn, r) !== undefined) return undefined;
  }
  const go: Node[] = [];
  for (const r of written) {
    const kind = startKind(index, fn, r);
    if (kind === 'other') return undefined;
    if (kind === 'go') go.push(goStartOf(r)!);
  }
  return go.length > 0 ? go : undefined;
}

/**
 * The go statement that runs `call` as its goroutine: `go x.m()`, or `go func() { x.m() }()` where the call is a
 * statement of the literal's body (other statements, such as `defer wg.Done()`, may surround it).
 */
function goStarting(call: Node): Node | undefined {
  if (call.parent?.type === 'go_statement') return call.parent;
  const stmt = call.parent;
  if (stmt?.type !== 'expression_statement') return undefined;
  let block = stmt.parent;
  if (block?.type === 'statement_list') block = block.parent;
  const lit = block?.parent;
  if (block?.type !== 'block' || lit?.type !== 'func_literal') return undefined;
  const litCall = lit.parent;
  const go = litCall?.parent;
  if (litCall?.type !== 'call_expression' || go?.type !== 'go_statement') return undefined;
  return go;
}

/** Integer values of `e`: a literal, a constant, or a parameter whose every call site passes one. */
function capacityValue(e: Node, fn: FuncInfo, index: PackageIndex): number | undefined {
  const u = unparen(e);
  const lit = intLiteral(u);
  if (lit !== undefined) return lit;
  if (u.type !== 'identifier') return undefined;
  const res = fn.resolution();
  const d = res.declOf(u);
  if (!d) return index.constants.get(u.text);
  if (d.kind === 'const' && d.init) return intLiteral(d.init);
  if (d.kind !== 'param' || d.fn.id !== fn.node.id) return undefined;
  const at = fn.paramsOf(fn.node).indexOf(d);
  const sites = index.callsTo(fn);
  if (at < 0 || sites.length === 0) return undefined;
  let max = -1;
  for (const s of sites) {
    const arg = s.call.childForFieldName('arguments')?.namedChild(at);
    const lit2 = arg ? intLiteral(arg) : undefined;
    const v = lit2 ?? (arg && unparen(arg).type === 'identifier' && !index.enclosing(s.call)?.resolution().declOf(unparen(arg)) ? index.constants.get(arg.text) : undefined);
    if (v === undefined) return undefined;
    max = Math.max(max, v);
  }
  return max;
}

/** The capacity a written value gives the channel: from `make(chan T, n)` or a local made that way. */
function capacityOfValue(value: Node | undefined, fn: FuncInfo | undefined, index: PackageIndex): { cap?: number; make?: Node; nil?: boolean } {
  if (!value || !fn) return {};
  let u = unparen(value);
  if (u.type === 'nil') return { nil: true };
  if (u.type === 'identifier') {
    const d = fn.resolution().declOf(u);
    if (d?.init) u = unparen(d.init);
  }
  if (u.type !== 'call_expression' || u.childForFieldName('function')?.text !== 'make') return {};
  const args = u.childForFieldName('arguments');
  if (args?.namedChild(0)?.type !== 'channel_type') return {};
  if (!args || args.namedChildCount < 2) return { cap: 0, make: u };
  return { cap: capacityValue(args.namedChild(1)!, fn, index), make: u };
}

/**
 * `quickStarts`: find out whether a function is started by go statements only from the text and the go statements
 * first (onlyGoStarts, goStartsOnly) instead of from every reference resolved (startsOf); the tests turn it off to
 * show that both give the same findings.
 */
export const fieldTuning = { quickStarts: true };

/** How the functions of a package are started (each worked out once per package): every reference, or only go starts. */
interface StartsOf {
  all(fn: FuncInfo): { go: Node[]; other: number };
  onlyGo(fn: FuncInfo): Node[] | undefined;
}

function computeFields(pkg: Package): FieldFacts {
  const index = pkg.fact(packageIndex);
  const worlds: FieldWorld[] = [];
  const declared = new Map<string, { file: SourceFile; node: Node; type: string }[]>();
  for (const { file, fieldChans } of pkg.fact(syntaxIndex)) {
    for (const fc of fieldChans) {
      for (const name of fc.names) {
        if (!IDENTIFIER.test(name) || isExported(name) || name === '_') continue; // exported: other packages may use it
        const list = declared.get(name) ?? [];
        list.push({ file, node: fc.decl, type: fc.type });
        declared.set(name, list);
      }
    }
  }
  // How each function is started is the same for every field: worked out once per package.
  const refs = new Map<FuncInfo, Reference[] | undefined>();
  const starts = new Map<FuncInfo, { go: Node[]; other: number }>();
  const goStarts = new Map<FuncInfo, Node[] | undefined>();
  const refsOf = (fn: FuncInfo) => {
    if (!refs.has(fn)) refs.set(fn, referencesOf(pkg, fn));
    return refs.get(fn);
  };
  const startsOfCached = (fn: FuncInfo) => {
    let r = starts.get(fn);
    if (!r) starts.set(fn, (r = startsOf(index, refsOf(fn), fn)));
    return r;
  };
  const callees = new Map<SourceFile, [number, number][]>();
  const goCallees = (file: SourceFile) => {
    let r = callees.get(file);
    if (!r) callees.set(file, (r = goCalleeRanges(file)));
    return r;
  };
  const everyReference = (fn: FuncInfo) => {
    const s = startsOfCached(fn);
    return s.go.length > 0 && s.other === 0 ? s.go : undefined;
  };
  const cache: StartsOf = {
    all: startsOfCached,
    onlyGo: (fn) => {
      if (!goStarts.has(fn)) {
        goStarts.set(fn, fieldTuning.quickStarts ? onlyGoStarts(pkg, fn, goCallees, () => goStartsOnly(pkg, index, fn)) : everyReference(fn));
      }
      return goStarts.get(fn);
    },
  };
  for (const [field, decls] of declared) {
    const owners = declarersOf(pkg, field);
    for (const d of decls) {
      const w = trackTypeField(pkg, index, d.type, field, d.file, d.node, owners.size === 1 && !index.hasMethodNamed(field), cache);
      if (w) worlds.push(w);
    }
  }
  return { worlds };
}

function trackTypeField(
  pkg: Package,
  index: PackageIndex,
  type: string,
  field: string,
  file: SourceFile,
  declNode: Node,
  unique: boolean,
  startsOfFn: StartsOf,
): FieldWorld | undefined {
  const chan = { name: `${type}.${field}`, make: declNode, file, fn: undefined as unknown as FuncInfo, capacity: undefined as number | undefined, field, structType: type, ofType: true as const };
  const world: FieldWorld = { chan, ops: [], writes: [] };
  const t = new Tracker(index, world);
  const runs = new Map<FuncInfo, Body>();
  const frameOf = (fn: FuncInfo): Body => {
    let b = runs.get(fn);
    if (!b) {
      const go = startsOfFn.onlyGo(fn);
      if (go) {
        const copies = go.reduce((k, g) => k + copiesOf(g), 0);
        b = t.frame(fn, go[0], copies);
      } else b = t.frame(fn);
      runs.set(fn, b);
    }
    return b;
  };
  const re = new RegExp(`\\.\\s*${escapeRe(field)}\\b|\\b${escapeRe(field)}\\s*:`, 'g');
  const getters: FuncInfo[] = [];
  for (const f of mentioning(pkg, field)) {
    for (const m of f.text.matchAll(re)) {
      if (world.escape) break;
      const root = f.rootAt(m.index!);
      if (!root) break;
      const at = m[0].startsWith('.') ? m.index! + m[0].length - field.length : m.index!;
      const id = root.descendantForIndex(at);
      if (!id || id.startIndex !== at || id.text !== field) continue;
      const fn = index.enclosing(id);
      const p = id.parent;
      if (p?.type === 'selector_expression' && p.childForFieldName('field')?.id === id.id) {
        if (!fn) {
          t.escape(p, 'used outside a function');
          continue;
        }
        const res = fn.resolution();
        if (!unique) {
          const ot = operandType(p.childForFieldName('operand')!, fn, res, index);
          // A selector used as a value no channel can be (`x.done = true`, `!x.done`) is another type's field.
          if (ot === undefined && notAChannel(p)) continue;
          if (ot === undefined) t.escape(p, `a selector .${field} of unknown type`);
          // `l.recv` for an `l` of a type that embeds T (`lineReader struct { *transport }`) and declares no field of
          // that name itself: T's field, promoted.
          if (ot !== type && !(ot !== undefined && index.embeds(ot, type) && index.fieldType(ot, field) === undefined)) continue;
        }
        const call = p.parent;
        if (call?.type === 'call_expression' && call.childForFieldName('function')?.id === p.id) continue; // a method of another type
        const list = parentSkippingParens(p);
        const stmt = list?.parent;
        if (list?.type === 'expression_list' && stmt?.type === 'assignment_statement' && stmt.childForFieldName('left')?.id === list.id) {
          const left = listItems(list);
          const right = listItems(stmt.childForFieldName('right'));
          const i = left.findIndex((n) => n && contains(n, p));
          world.writes.push({ file: f, node: stmt, value: left.length === right.length && stmt.child(1)?.type === '=' ? right[i] : undefined });
          continue;
        }
        if (list?.type === 'expression_list' && stmt?.type === 'return_statement' && list.namedChildCount === 1 && fn.recvType) {
          // `func (x *T) get() <-chan X { return x.f }`: its calls are uses of the field.
          const own = enclosingFuncNode(p);
          if (own?.id === fn.node.id && !getters.includes(fn)) getters.push(fn);
          if (own?.id === fn.node.id) continue;
        }
        t.trackUse(p, fn, frameOf(fn));
        continue;
      }
      // `T{f: v}`: a keyed element of a composite literal of T.
      const key = id.parent?.type === 'literal_element' ? id.parent : undefined;
      const keyed = key?.parent;
      if (keyed?.type !== 'keyed_element' || keyed.namedChild(0)?.id !== key!.id) continue;
      const lit = keyed.parent?.parent;
      if (lit?.type !== 'composite_literal' || typeName(lit.childForFieldName('type')) !== type) continue;
      world.writes.push({ file: f, node: keyed, value: keyed.namedChild(1)?.namedChild(0) ?? undefined });
    }
  }
  // Unkeyed literals `T{a, b}` set every field; a keyed one with its type left out (`[]T{{f: v}}`) sets its keys.
  const addLiteral = (f: SourceFile, at: Node, body: Node) => {
    const elems = body.namedChildren.filter((c) => c?.type === 'literal_element' || c?.type === 'keyed_element');
    if (elems.length > 0 && elems[0]!.type === 'literal_element') {
      const i = fieldPosition(declNode, field);
      world.writes.push({ file: f, node: at, value: i === undefined ? undefined : (elems[i]?.namedChild(0) ?? undefined) });
      return;
    }
    if (at.type === 'composite_literal') return; // `T{f: v}` keys are read above, from the field's name
    for (const e of elems) {
      const key = e?.type === 'keyed_element' ? e.namedChild(0)?.namedChild(0) : undefined;
      if (key?.type === 'identifier' && key.text === field) world.writes.push({ file: f, node: e!, value: e!.namedChild(1)?.namedChild(0) ?? undefined });
    }
  };
  const lit = new RegExp(`\\b${escapeRe(type)}\\s*(?:\\[[^\\]\\n]*\\])?\\s*\\{`, 'g');
  for (const f of mentioning(pkg, type)) {
    for (const m of f.text.matchAll(lit)) {
      const root = f.rootAt(m.index!);
      if (!root) break;
      const cl = nodeStartingAt(root, m.index!, 'composite_literal', 3);
      const body = cl?.childForFieldName('body');
      if (cl && body && typeName(cl.childForFieldName('type')) === type) {
        addLiteral(f, cl, body);
        continue;
      }
      // `[]T{{…}, {…}}`, `[]*T{{…}}`, `map[K]T{k: {…}}`: the element literals leave out their type T.
      for (const inner of elidedLiterals(root, m.index!)) addLiteral(f, inner, inner);
    }
  }
  for (const g of getters) {
    // An exported getter can be called from other packages; an unexported one only by calls we can all resolve.
    const sites = index.callsTo(g);
    // Every reference of the getter, whether or not a file that names it starts goroutines (startsOfFn.all reads
    // them only then, for go starts).
    const starts = startsOf(index, [...referencesIn(pkg, g)], g);
    if (isExported(g.name) || starts.other + starts.go.length !== sites.length) {
      // Callers we cannot see can only receive from a `<-chan` result: the sending side is still all here.
      const result = g.node.childForFieldName('result');
      if (result?.type === 'channel_type' && result.text.startsWith('<-')) world.unseenReceivers = true;
      else {
        t.escape(g.node, `returned by ${g.displayName}, whose callers golint-chan cannot all see`);
        continue;
      }
    }
    for (const site of sites) {
      if (world.escape) break;
      const caller = index.enclosing(site.call);
      if (!caller || caller.resolution().truncated) {
        t.escape(site.call, 'a getter call golint-chan cannot place');
        continue;
      }
      t.trackUse(site.call, caller, frameOf(caller));
    }
  }
  // A value written from a local variable (`ch := make(…)`; `T{f: ch}`) is the same channel: its other uses count.
  for (const w of world.writes) {
    const v = w.value && unparen(w.value);
    const fn = index.enclosing(w.node);
    if (!v || !fn) {
      // `x.f, err = open()`, `T{a, b}` we cannot pair: the channel may come from code we cannot see.
      t.escape(w.node, 'assigned a value golint-chan cannot see');
      continue;
    }
    if (v.type === 'nil' || (v.type === 'call_expression' && v.childForFieldName('function')?.text === 'make')) continue;
    const d = v.type === 'identifier' ? fn.resolution().declOf(v) : undefined;
    const init = d?.init && unparen(d.init);
    if (!d || d.kind !== 'var' || d.fn.id !== fn.node.id || init?.type !== 'call_expression' || init.childForFieldName('function')?.text !== 'make') {
      t.escape(v, 'assigned from a value golint-chan cannot follow');
      continue;
    }
    t.trackDecl(d, fn.node, frameOf(fn), fn.resolution(), 0, v);
  }
  // Capacity and where it is made: every write must be a make of the same constant capacity.
  let cap: number | undefined;
  let known = world.writes.length > 0;
  for (const w of world.writes) {
    const c = capacityOfValue(w.value, index.enclosing(w.node), index);
    if (c.make && chan.make === declNode) {
      // Made in another file than the one that declares the field: the location names the make's own file.
      chan.make = c.make;
      chan.file = SourceFile.of(c.make.tree) ?? chan.file;
    }
    if (c.nil) continue; // `x.f = nil` switches the channel off; it does not change the capacity of the made one
    if (c.cap === undefined || (cap !== undefined && cap !== c.cap)) known = false;
    else cap = c.cap;
  }
  chan.capacity = known ? cap : undefined;
  // A goroutine runs once per value only when the function that starts it makes the value (a constructor that
  // writes the field, or code that builds the value and starts `go x.run()` on it). Started anywhere else (a
  // method such as Start, callable again and again), it may run any number of times per value.
  const writers = new Set(world.writes.map((w) => index.enclosing(w.node)).filter((f): f is FuncInfo => f !== undefined));
  for (const b of new Set(world.ops.map((o) => o.body))) {
    if (b.kind !== 'go' || !b.goStmt) continue;
    const starter = index.enclosing(b.goStmt);
    if (!starter || writers.has(starter) || madeIn(b.goStmt, starter)) continue;
    b.repeatable = true;
  }
  chan.fn = index.enclosing(chan.make) ?? world.ops[0]?.body.fn ?? (undefined as unknown as FuncInfo);
  if (unique && world.writes.length === 0 && !world.escape) world.neverAssigned = true;
  if (world.ops.length === 0 && !world.escape) return undefined;
  if (!chan.fn) return undefined;
  return world;
}

/**
 * Is the selector used in a way no channel can be: negated (`!x.done`), given a literal that is not nil
 * (`x.done = true`, `x.n = 0`), compared with or combined through `&&`/`||`, or tested as an if condition?
 */
function notAChannel(sel: Node): boolean {
  const p = parentSkippingParens(sel);
  if (!p) return false;
  if (p.type === 'unary_expression') return p.childForFieldName('operator')?.type === '!';
  if (p.type === 'binary_expression') return /^(&&|\|\||<|<=|>|>=|\+|-|\*|\/|%)$/.test(p.childForFieldName('operator')?.type ?? '');
  if (p.type === 'if_statement') return unparen(p.childForFieldName('condition')!).id === sel.id;
  const list = p.type === 'expression_list' ? p : undefined;
  const st = list?.parent;
  if (list && st?.type === 'assignment_statement' && st.childForFieldName('left')?.id === list.id) {
    const i = listItems(list).findIndex((n) => n && contains(n, sel));
    const v = listItems(st.childForFieldName('right'))[i];
    return v !== undefined && v !== null && CONSTANT_LITERAL.has(unparen(v).type);
  }
  return false;
}


/**
 * The element literals of the composite literal whose type names T at `index` as the element of a slice, array or
 * map type (`[]T{{…}}`, `[]*T{{…}}`, `map[K]T{k: {…}}`): the bodies of those that leave their type out.
 */
function elidedLiterals(root: Node, index: number): Node[] {
  let t: Node | null = root.descendantForIndex(index);
  if (t?.type !== 'type_identifier') return [];
  if (t.parent?.type === 'pointer_type') t = t.parent;
  const container = t.parent;
  if (!container || !['slice_type', 'array_type', 'implicit_length_array_type', 'map_type'].includes(container.type)) return [];
  const own = container.type === 'map_type' ? container.childForFieldName('value') : container.childForFieldName('element');
  const cl = container.parent;
  if (own?.id !== t.id || cl?.type !== 'composite_literal' || cl.childForFieldName('type')?.id !== container.id) return [];
  const out: Node[] = [];
  for (const e of cl.childForFieldName('body')?.namedChildren ?? []) {
    const v = e?.type === 'keyed_element' ? e.namedChild(1) : e?.type === 'literal_element' ? e : null;
    const inner = v?.namedChild(0);
    if (inner?.type === 'literal_value') out.push(inner);
  }
  return out;
}

/** The position of `field` among the fields of its struct (an embedded field counts as one), for `T{a, b}`. */
function fieldPosition(decl: Node, field: string): number | undefined {
  const list = decl.parent;
  if (!list) return undefined;
  let k = 0;
  for (const d of list.namedChildren) {
    if (d?.type !== 'field_declaration') continue;
    const names = d.childrenForFieldName('name');
    if (names.length === 0) {
      k++;
      continue;
    }
    for (const n of names) {
      if (n?.text === field && d.id === decl.id) return k;
      k++;
    }
  }
  return undefined;
}

/** `go x.m()` / `go func(){ x.m() }()` where x is a local that `fn` builds (`&T{…}`, `new(T)`, a constructor call). */
function madeIn(go: Node, fn: FuncInfo): boolean {
  const calls = go.descendantsOfType('call_expression').filter((c): c is Node => c !== null);
  const res = fn.resolution();
  return calls.some((c) => {
    const f = c.childForFieldName('function');
    const operand = f?.type === 'selector_expression' ? unparen(f.childForFieldName('operand')!) : undefined;
    if (operand?.type !== 'identifier') return false;
    return madeByDeclaration(res.declOf(operand));
  });
}

/**
 * Does any code of the package mention the type `T` other than its declaration and its methods' receivers (a
 * literal, `new(T)`, a variable, a parameter, a field, a conversion)? A type only its own methods name has no
 * values (dead code, say a mock nobody uses).
 */
function instantiated(pkg: Package, type: string): boolean {
  const any = `\\b${escapeRe(type)}\\b`;
  const decl = `\\btype\\s+${escapeRe(type)}\\b|\\bfunc\\s*\\(\\s*\\w*\\s*\\*?\\s*${escapeRe(type)}\\s*(?:\\[[^\\]]*\\])?\\s*\\)`;
  let uses = 0;
  let decls = 0;
  for (const f of mentioning(pkg, type)) {
    // In code only: comments and string literals do not make values.
    for (const _ of codeMatches(f.text, any)) uses++;
    for (const _ of codeMatches(f.text, decl)) decls++;
  }
  return uses > decls;
}

/**
 * The operations that block forever because their field is never assigned (see FieldWorld.neverAssigned): a send,
 * a receive or a range outside a select with other cases, in a function that does not compare the field with nil
 * (`if s.hook != nil { s.hook <- v }` is a deliberate off switch).
 */
/** The channel expression a send, receive, range or close works on, without parentheses. */
function opOperand(node: Node): Node | undefined {
  let e: Node | null = null;
  if (node.type === 'send_statement') e = node.childForFieldName('channel');
  else if (node.type === 'unary_expression') e = node.childForFieldName('operand');
  else if (node.type === 'for_statement') e = node.namedChildren.find((c) => c?.type === 'range_clause')?.childForFieldName('right') ?? null;
  else if (node.type === 'call_expression') e = node.childForFieldName('arguments')?.namedChildren[0] ?? null;
  return e ? unparen(e) : undefined;
}

export function nilFieldOps(facts: FieldFacts, pkg: Package): { world: FieldWorld; op: ChanOp }[] {
  const out: { world: FieldWorld; op: ChanOp }[] = [];
  const flags = new Map<string, boolean>();
  // `x.started` for an unexported bool field that no code of the package ever sets: always false.
  const neverSet = (cond: Node | null) => {
    const c = cond && unparen(cond);
    const field = c?.type === 'selector_expression' ? c.childForFieldName('field')?.text : undefined;
    if (!field || isExported(field) || !IDENTIFIER.test(field)) return false;
    let v = flags.get(field);
    if (v === undefined) {
      const f = escapeRe(field);
      const declared = new RegExp(`(?<![\\w.])${f}\\s+bool\\b`);
      const set = `\\.\\s*${f}\\s*(?:=(?!=)|[|&^]=)|(?<![\\w.])${f}\\s*:(?!=)|&\\s*[\\w.()]*\\.\\s*${f}\\b`;
      v = pkg.files.some((file) => declared.test(file.text)) && !pkg.files.some((file) => file.text.includes(field) && !codeMatches(file.text, set).next().done);
      flags.set(field, v);
    }
    return v;
  };
  // Inside `if x.started { … }` with such a flag: never runs.
  const underNeverSet = (n: Node) => {
    for (let p: Node | null = n.parent; p && !isFuncNode(p) && p.type !== 'func_literal'; p = p.parent) {
      if (p.type === 'if_statement' && contains(p.childForFieldName('consequence')!, n) && neverSet(p.childForFieldName('condition'))) return true;
    }
    return false;
  };
  for (const world of facts.worlds) {
    if (!world.neverAssigned || !instantiated(pkg, world.chan.structType)) continue;
    const f = escapeRe(world.chan.field);
    const nilTest = new RegExp(`\\.\\s*${f}\\s*[!=]=\\s*nil\\b|\\bnil\\s*[!=]=\\s*[\\w.()]*\\.\\s*${f}\\b`);
    for (const op of world.ops) {
      if (op.guarded || op.kind === 'close' || underNeverSet(op.node)) continue;
      const fn = enclosingFuncNode(op.node);
      if (fn && nilTest.test(fn.text)) continue;
      // The same guard on a local copy of the field (`w := s.f; if w != nil { <-w }`).
      const local = opOperand(op.node);
      if (fn && local?.type === 'identifier') {
        const v = escapeRe(local.text);
        if (new RegExp(`(?<![\\w.])${v}\\s*[!=]=\\s*nil\\b|\\bnil\\s*[!=]=\\s*${v}\\b`).test(fn.text)) continue;
      }
      out.push({ world, op });
    }
  }
  return out;
}

export const fieldChannels: Fact<FieldFacts> = {
  key: 'field-channels',
  compute: computeFields,
};
