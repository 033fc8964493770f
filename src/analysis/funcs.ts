import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../engine/source';
import type { Fact, Package } from './package';
import { Decl, resolveFunction, Resolution } from './scope';
import { unparen } from './syntax';

/** A top-level function or method of the package. */
export class FuncInfo {
  private res: Resolution | undefined;

  constructor(
    readonly node: Node,
    readonly file: SourceFile,
    /** Function name, or method name for methods. */
    readonly name: string,
    /** Receiver base type for methods (`*Server` → `Server`). */
    readonly recvType: string | undefined,
  ) {}

  /** `Name` or `Type.Name`, for messages. */
  get displayName(): string {
    return this.recvType ? `${this.recvType}.${this.name}` : this.name;
  }

  resolution(): Resolution {
    if (!this.res) this.res = resolveFunction(this.node);
    return this.res;
  }

  /** Parameter declarations of this function or of a literal inside it. */
  paramsOf(fnNode: Node): (Decl | undefined)[] {
    return this.resolution().params.get(fnNode.id) ?? [];
  }

  /** True when the parameter at `index` is variadic (`xs ...T`), or the index is past the last one. */
  isVariadicAt(fnNode: Node, index: number): boolean {
    const list = fnNode.childForFieldName('parameters');
    if (!list) return true;
    let slot = 0;
    for (let i = 0; i < list.namedChildCount; i++) {
      const p = list.namedChild(i)!;
      if (p.type !== 'parameter_declaration' && p.type !== 'variadic_parameter_declaration') continue;
      const width = Math.max(1, p.childrenForFieldName('name').length);
      if (index < slot + width) return p.type === 'variadic_parameter_declaration';
      slot += width;
    }
    return true;
  }
}

export interface FuncLiteral {
  node: Node;
  /** `go func(){…}()` or `defer func(){…}()`; undefined for any other use of the literal. */
  runBy: 'go' | 'defer' | undefined;
  stmt: Node | undefined;
}

export interface CallSite {
  file: SourceFile;
  call: Node;
}

/** Package-wide index of functions, methods, constants and call sites; each part is built on first use. */
export class PackageIndex {
  private readonly byNodeId = new Map<number, FuncInfo>();
  private tables: { byName: Map<string, FuncInfo[]>; methods: Map<string, FuncInfo[]>; constants: Map<string, number> } | undefined;

  constructor(private readonly pkg: Package) {}

  private funcInfo(d: Node, file: SourceFile): FuncInfo | undefined {
    let fi = this.byNodeId.get(d.id);
    if (fi) return fi;
    const name = d.childForFieldName('name')?.text;
    if (!name || !d.childForFieldName('body')) return undefined;
    let recvType: string | undefined;
    if (d.type === 'method_declaration') {
      const recv = d.childForFieldName('receiver');
      const t = recv?.namedChild(0)?.childForFieldName('type');
      recvType = t?.text.replace(/^\*/, '').replace(/\[.*$/, '');
    }
    fi = new FuncInfo(d, file, name, recvType);
    this.byNodeId.set(d.id, fi);
    return fi;
  }

  private build() {
    if (this.tables) return this.tables;
    const t = { byName: new Map<string, FuncInfo[]>(), methods: new Map<string, FuncInfo[]>(), constants: new Map<string, number>() };
    for (const file of this.pkg.files) {
      const root = file.tree?.rootNode;
      if (!root) continue;
      for (const d of root.namedChildren) {
        if (!d) continue;
        if (d.type === 'const_declaration') collectConstants(d, t.constants);
        if (d.type !== 'function_declaration' && d.type !== 'method_declaration') continue;
        const fi = this.funcInfo(d, file);
        if (!fi) continue;
        const map = fi.recvType ? t.methods : t.byName;
        const list = map.get(fi.name) ?? [];
        list.push(fi);
        map.set(fi.name, list);
      }
    }
    return (this.tables = t);
  }

  /** The method `name` of type `type` (receiver `T` or `*T`), when the package declares exactly one. */
  method(type: string, name: string): FuncInfo | undefined {
    const list = (this.build().methods.get(name) ?? []).filter((m) => m.recvType === type);
    return list.length === 1 ? list[0] : undefined;
  }

  /** Does any type of the package declare a method with this name? */
  hasMethodNamed(name: string): boolean {
    return (this.build().methods.get(name) ?? []).length > 0;
  }

  /** Package-level integer constants with a literal value. */
  get constants(): Map<string, number> {
    return this.build().constants;
  }

  private readonly topLevel = new Map<SourceFile, Node[]>();
  private readonly literals = new Map<number, FuncLiteral[]>();

  /** The function literals inside a function node, with the `go`/`defer` statement that runs each (once per node). */
  literalsIn(fn: Node): FuncLiteral[] {
    let list = this.literals.get(fn.id);
    if (!list) {
      list = fn.descendantsOfType('func_literal').flatMap((node) => {
        if (!node || node.id === fn.id) return [];
        const call = node.parent;
        const stmt = call?.type === 'call_expression' && call.childForFieldName('function')?.id === node.id ? call.parent : null;
        const runBy = stmt?.type === 'go_statement' ? 'go' : stmt?.type === 'defer_statement' ? 'defer' : undefined;
        return [{ node, runBy, stmt: runBy ? stmt! : undefined } as FuncLiteral];
      });
      this.literals.set(fn.id, list);
    }
    return list;
  }

  /** The function and method declarations of a file, in order (read once; no parent walks later). */
  private declsOf(file: SourceFile): Node[] {
    let list = this.topLevel.get(file);
    if (!list) {
      list = (file.tree?.rootNode.namedChildren ?? []).filter(
        (d): d is Node => d !== null && (d.type === 'function_declaration' || d.type === 'method_declaration'),
      );
      this.topLevel.set(file, list);
    }
    return list;
  }

  /** The top-level function that contains `node`: a binary search over the file's declarations. */
  enclosing(node: Node): FuncInfo | undefined {
    const file = this.pkg.files.find((f) => f.tree !== undefined && node.tree === f.tree);
    if (!file) return undefined;
    const decls = this.declsOf(file);
    let lo = 0;
    let hi = decls.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = decls[mid];
      if (node.startIndex < d.startIndex) hi = mid - 1;
      else if (node.startIndex >= d.endIndex) lo = mid + 1;
      else return node.endIndex <= d.endIndex ? this.funcInfo(d, file) : undefined;
    }
    return undefined;
  }

  /**
   * The package function a call goes to: `f(...)` for a function of this package, `x.m(...)` when exactly one
   * method of the package has that name. `res` tells local variables apart from package functions.
   */
  callee(call: Node, res: Resolution | undefined): FuncInfo | undefined {
    const f = call.childForFieldName('function');
    if (!f) return undefined;
    const u = unparen(f);
    if (u.type === 'identifier') {
      if (res?.declOf(u)) return undefined; // a local func value, not the package function
      const list = this.build().byName.get(u.text);
      return list && list.length === 1 ? list[0] : undefined;
    }
    if (u.type === 'selector_expression') {
      const field = u.childForFieldName('field');
      const operand = u.childForFieldName('operand');
      if (!field || !operand) return undefined;
      // `pkg.F(...)` of another package has an operand that resolves to no local variable.
      if (operand.type === 'identifier' && !res?.declOf(operand)) return undefined;
      const list = this.build().methods.get(field.text);
      return list && list.length === 1 ? list[0] : undefined;
    }
    return undefined;
  }

  /** Every call of the package function `fn`: found from the name's occurrences in the text. */
  callsTo(fn: FuncInfo): CallSite[] {
    const name = fn.name.replace(/[$]/g, '\\$&');
    const re = fn.recvType ? new RegExp(`\\.\\s*${name}\\s*\\(`, 'g') : new RegExp(`(?<![\\w.])${name}\\s*\\(`, 'g');
    const out: CallSite[] = [];
    for (const file of this.pkg.files) {
      const root = file.tree?.rootNode;
      if (!root) continue;
      for (const m of file.text.matchAll(re)) {
        const at = m.index! + m[0].indexOf(fn.name, fn.recvType ? 1 : 0);
        const id = root.descendantForIndex(at);
        if (!id || id.text !== fn.name) continue;
        const callee = id.parent?.type === 'selector_expression' ? id.parent : id;
        const call = callee.parent;
        if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== callee.id) continue;
        if (this.callee(call, this.enclosing(call)?.resolution()) === fn) out.push({ file, call });
      }
    }
    return out;
  }
}

function collectConstants(decl: Node, into: Map<string, number>): void {
  for (const spec of decl.descendantsOfType('const_spec')) {
    if (!spec) continue;
    const names = spec.childrenForFieldName('name');
    const value = spec.childForFieldName('value');
    if (!value || names.length !== value.namedChildCount) continue;
    names.forEach((n, i) => {
      const v = intLiteral(value.namedChild(i)!);
      if (n && v !== undefined) into.set(n.text, v);
    });
  }
}

/** The value of a Go integer literal (decimal, hex, octal, binary, with `_`), else undefined. */
export function intLiteral(n: Node): number | undefined {
  const u = unparen(n);
  if (u.type !== 'int_literal') return undefined;
  const t = u.text.replace(/_/g, '').toLowerCase();
  let v: number;
  if (/^0x[0-9a-f]+$/.test(t)) v = parseInt(t.slice(2), 16);
  else if (/^0b[01]+$/.test(t)) v = parseInt(t.slice(2), 2);
  else if (/^0o?[0-7]+$/.test(t)) v = parseInt(t.replace(/^0o?/, ''), 8);
  else if (/^[0-9]+$/.test(t)) v = parseInt(t, 10);
  else return undefined;
  return Number.isSafeInteger(v) ? v : undefined;
}

export const packageIndex: Fact<PackageIndex> = {
  key: 'package-index',
  compute: (pkg) => new PackageIndex(pkg),
};
