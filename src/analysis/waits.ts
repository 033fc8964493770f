import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { codeMatches } from '../source/lex';
import { FuncInfo, intLiteral, packageIndex, PackageIndex, runnerLabel } from './funcs';
import { neverReassigned, type Decl } from './scope';
import { escapeRe, findBelow, isFuncNode, nodeStartingAt, unparen } from './syntax';

/**
 * Waits on the two other sync primitives a goroutine parks on, in the cases where the package's own code makes
 * the outcome certain:
 *
 * - **A WaitGroup nothing calls Done on.** An unexported field of type `sync.WaitGroup` of a struct type of the
 *   package (`T.f`) that is added to with a positive constant (`x.f.Add(1)`) and waited on (`x.f.Wait()`), while
 *   no code of the package calls or takes `x.f.Done` and no use lets the WaitGroup out (`&x.f`, passing or
 *   returning it, `x.f.Go`). Code of other packages cannot reach an unexported field, so once an Add has run,
 *   every Wait blocks forever. The field's name must be declared by that struct only, so that every `.f` of the
 *   package is it (no type checker needed).
 * - **A condition-variable wait in a loop that cannot end.** `for cond { c.Wait() }` where `c` is a `sync.Cond`
 *   (a field declared `*sync.Cond` or `sync.Cond`, or a local made by `sync.NewCond`) and `cond` reads only
 *   locals that nothing assigns after their declaration (no assignment, `++`, `&x`, also none in a closure),
 *   while the loop body has no `return`, `break`, `goto`, `panic` or other exit: once the loop is entered, no
 *   Signal or Broadcast can end it; the goroutine waits again after every wake-up, forever.
 */

export interface StuckWait {
  kind: 'waitGroupNoDone' | 'condLoopNeverEnds';
  /** The `Wait()` call that blocks. */
  node: Node;
  file: SourceFile;
  fn: FuncInfo;
  /** Who waits: `T.Stop`, `the goroutine in F`. */
  label: string;
  /** The WaitGroup or Cond as written at the wait (`s.drain`). */
  name: string;
  /** The first `Add` (WaitGroup) or the loop condition (Cond). */
  related: { file: SourceFile; node: Node };
}

const SYNC_COND = new Set(['*sync.Cond', 'sync.Cond']);
const EXITS = new Set(['panic', 'Goexit', 'Exit', 'Fatal', 'Fatalf', 'Fatalln', 'FailNow', 'Skip', 'Skipf', 'SkipNow', 'Panic', 'Panicf', 'Panicln']);

/** The type text of every struct field named `name` in the package, with the struct type declaring it ('' when anonymous). */
function fieldDeclarations(pkg: Package, name: string): { type: string; struct: string; decl: Node; file: SourceFile }[] {
  const out: { type: string; struct: string; decl: Node; file: SourceFile }[] = [];
  const re = new RegExp(`^[ \\t]*(?:[A-Za-z_]\\w*[ \\t]*,[ \\t]*)*${escapeRe(name)}\\b`, 'gm');
  // Every file, also those without a channel or goroutine (parsed here only when they name the field).
  for (const file of pkg.files) {
    if (!file.text.includes(name)) continue;
    for (const m of file.text.matchAll(re)) {
      const root = file.rootAt(m.index!);
      if (!root) break;
      const id = nodeStartingAt(root, m.index! + m[0].lastIndexOf(name), 'field_identifier', 1);
      const decl = id?.parent;
      if (decl?.type !== 'field_declaration') continue;
      const spec = decl.parent?.parent?.parent;
      out.push({ type: decl.childForFieldName('type')?.text ?? '', struct: spec?.type === 'type_spec' ? (spec.childForFieldName('name')?.text ?? '') : '', decl, file });
    }
  }
  return out;
}

/** Every `.name` selector in the code of the package, with its file. */
function selectorsOf(pkg: Package, name: string): { sel: Node; file: SourceFile }[] {
  const out: { sel: Node; file: SourceFile }[] = [];
  // Every file: a `Done` in a file without a channel or goroutine counts too.
  for (const file of pkg.files) {
    if (!file.text.includes(name)) continue;
    for (const m of codeMatches(file.text, `\\.\\s*${escapeRe(name)}\\b`)) {
      const root = file.rootAt(m.index);
      if (!root) break;
      const id = nodeStartingAt(root, m.index + m.token.length - name.length, 'field_identifier', 0);
      const sel = id?.parent;
      if (sel?.type === 'selector_expression' && sel.childForFieldName('field')?.id === id!.id) out.push({ sel, file });
    }
  }
  return out;
}

/** `x.f.M(…)` → M and the call, for a selector `x.f`; `x.f.M` not called → M and no call; anything else → undefined. */
function methodUse(sel: Node): { method: string; call?: Node } | undefined {
  let e = sel;
  while (e.parent?.type === 'parenthesized_expression') e = e.parent;
  const p = e.parent;
  if (p?.type !== 'selector_expression' || p.childForFieldName('operand')?.id !== e.id) return undefined;
  const method = p.childForFieldName('field')?.text ?? '';
  const call = p.parent?.type === 'call_expression' && p.parent.childForFieldName('function')?.id === p.id ? p.parent : undefined;
  return { method, call };
}

function waitGroupsWithoutDone(pkg: Package, index: PackageIndex): StuckWait[] {
  const out: StuckWait[] = [];
  const names = new Set<string>();
  for (const file of pkg.files) {
    if (file.tokenFree || !file.text.includes('WaitGroup')) continue;
    for (const m of codeMatches(file.text, String.raw`\bsync\s*\.\s*WaitGroup\b`)) {
      const root = file.rootAt(m.index);
      if (!root) break;
      const t = nodeStartingAt(root, m.index, 'qualified_type', 1);
      const decl = t?.parent;
      if (decl?.type !== 'field_declaration' || decl.childForFieldName('type')?.id !== t!.id) continue;
      for (const n of decl.childrenForFieldName('name')) if (n && /^[a-z_]/.test(n.text)) names.add(n.text);
    }
  }
  for (const name of names) {
    // One struct of the package declares the name, as a WaitGroup value: every `.name` is that field.
    const decls = fieldDeclarations(pkg, name);
    if (decls.length !== 1 || !decls[0].struct || decls[0].type !== 'sync.WaitGroup') continue;
    if (index.hasMethodNamed(name)) continue;
    const adds: { node: Node; file: SourceFile }[] = [];
    const waits: { node: Node; sel: Node; file: SourceFile }[] = [];
    let free = true;
    for (const { sel, file } of selectorsOf(pkg, name)) {
      const use = methodUse(sel);
      if (use?.method === 'Add' && use.call) {
        const arg = use.call.childForFieldName('arguments')?.namedChild(0);
        const n = arg ? intLiteral(unparen(arg)) : undefined;
        // Add(-1) is a Done; an Add of a value golint-chan cannot read may be one too.
        if (n === undefined || n < 0) free = false;
        else if (n > 0) adds.push({ node: use.call, file });
      } else if (use?.method === 'Wait' && use.call) waits.push({ node: use.call, sel, file });
      else free = false; // Done, Go, &x.f, passed, copied, returned
      if (!free) break;
    }
    if (!free || adds.length === 0) continue;
    for (const w of waits) {
      const fn = index.enclosing(w.node);
      // A Wait that never returns in code that runs once per process (a command's `Start(); Wait()`) keeps the
      // process serving, as `select {}` would: asked last, as it may read the module's other packages.
      if (!fn || index.runsOnceInMain(fn)) continue;
      out.push({ kind: 'waitGroupNoDone', node: w.node, file: w.file, fn, label: runnerLabel(w.node, fn), name: w.sel.text, related: adds[0] });
    }
  }
  return out;
}

/** Is the operand of `c.Wait()` a condition variable: a field declared `*sync.Cond`/`sync.Cond`, or a local made as one? */
function isCond(pkg: Package, operand: Node, fn: FuncInfo, condFields: Map<string, boolean>): boolean {
  const u = unparen(operand);
  if (u.type === 'selector_expression') {
    const f = u.childForFieldName('field')?.text ?? '';
    let known = condFields.get(f);
    if (known === undefined) {
      const decls = fieldDeclarations(pkg, f);
      known = decls.length > 0 && decls.every((d) => SYNC_COND.has(d.type.replace(/\s+/g, '')));
      condFields.set(f, known);
    }
    return known;
  }
  if (u.type !== 'identifier') return false;
  const d = fn.resolution().declOf(u);
  if (!d || d.kind !== 'var') return false;
  const type = d.node.parent?.type === 'var_spec' ? d.node.parent.childForFieldName('type')?.text.replace(/\s+/g, '') : undefined;
  if (type && SYNC_COND.has(type)) return true;
  const init = d.init ? unparen(d.init) : undefined;
  return init?.type === 'call_expression' && init.childForFieldName('function')?.text.replace(/\s+/g, '') === 'sync.NewCond';
}

const CONDITION_NODES = new Set(['identifier', 'unary_expression', 'binary_expression', 'parenthesized_expression', 'true', 'false', 'int_literal', 'nil']);

/**
 * The locals a loop condition reads, when it reads nothing else (no call, field, index, package name, nor what a
 * pointer points to: `*flag` reads memory other code writes); else undefined.
 */
function fixedCondition(cond: Node, fn: FuncInfo): Decl[] | undefined {
  const decls: Decl[] = [];
  const res = fn.resolution();
  for (const n of findBelow(cond, () => true)) {
    if (!n.isNamed) continue;
    if (!CONDITION_NODES.has(n.type)) return undefined;
    const op = n.type === 'unary_expression' ? n.childForFieldName('operator')?.type : undefined;
    if (op === '*' || op === '<-') return undefined;
    if (n.type !== 'identifier') continue;
    const d = res.declOf(n);
    if (!d || (d.kind !== 'var' && d.kind !== 'param') || !neverReassigned(d)) return undefined;
    decls.push(d);
  }
  return decls.length > 0 ? decls : undefined;
}

/** Can the loop body leave the loop (return, break, goto, panic, Goexit, t.Fatal, os.Exit)? */
function canLeave(body: Node): boolean {
  return findBelow(
    body,
    (n) => {
      if (n.type === 'return_statement' || n.type === 'break_statement' || n.type === 'goto_statement') return true;
      if (n.type !== 'call_expression') return false;
      const f = n.childForFieldName('function');
      const name = f?.type === 'selector_expression' ? f.childForFieldName('field')?.text : f?.text;
      return !!name && EXITS.has(name);
    },
    true,
  ).length > 0;
}

function condLoopsThatNeverEnd(pkg: Package, index: PackageIndex): StuckWait[] {
  const out: StuckWait[] = [];
  const condFields = new Map<string, boolean>();
  // No condition variable in the package's text: nothing to parse for.
  if (!pkg.files.some((f) => !f.tokenFree && /\bsync\s*\.\s*(?:Cond|NewCond)\b/.test(f.text))) return out;
  for (const file of pkg.files) {
    if (file.tokenFree || !file.text.includes('Wait')) continue;
    for (const m of codeMatches(file.text, String.raw`\.\s*Wait\s*\(\s*\)`)) {
      const root = file.rootAt(m.index);
      if (!root) break;
      const id = nodeStartingAt(root, m.index + m.token.indexOf('Wait'), 'field_identifier', 0);
      const sel = id?.parent;
      const call = sel?.parent;
      if (sel?.type !== 'selector_expression' || call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== sel.id) continue;
      // The loop around it, in the same function.
      let loop: Node | undefined;
      for (let p = call.parent; p && !isFuncNode(p); p = p.parent) {
        if (p.type === 'for_statement') {
          loop = p;
          break;
        }
      }
      const cond = loop?.namedChild(0);
      const body = loop?.childForFieldName('body');
      if (!loop || !cond || !body || cond.id === body.id || cond.type === 'for_clause' || cond.type === 'range_clause') continue;
      const fn = index.enclosing(call);
      if (!fn || !isCond(pkg, sel.childForFieldName('operand')!, fn, condFields)) continue;
      if (!fixedCondition(cond, fn) || canLeave(body)) continue;
      out.push({ kind: 'condLoopNeverEnds', node: call, file, fn, label: runnerLabel(call, fn), name: sel.childForFieldName('operand')!.text, related: { file, node: cond } });
    }
  }
  return out;
}

export const stuckWaits: Fact<StuckWait[]> = {
  key: 'stuck-waits',
  compute: (pkg: Package) => {
    const index = pkg.fact(packageIndex);
    return [...waitGroupsWithoutDone(pkg, index), ...condLoopsThatNeverEnd(pkg, index)];
  },
};
