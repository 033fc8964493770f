import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../engine/source';
import { query } from '../engine/parser';
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

export interface CallSite {
  file: SourceFile;
  call: Node;
}

/** Package-wide index of functions, methods, constants and call sites. */
export class PackageIndex {
  readonly funcs: FuncInfo[] = [];
  private readonly byName = new Map<string, FuncInfo[]>();
  private readonly methods = new Map<string, FuncInfo[]>();
  private readonly byNodeId = new Map<number, FuncInfo>();
  /** Package-level integer constants with a literal value. */
  readonly constants = new Map<string, number>();
  private calls: Map<string, CallSite[]> | undefined;

  constructor(private readonly pkg: Package) {
    for (const file of pkg.files) {
      const root = file.tree?.rootNode;
      if (!root) continue;
      for (let i = 0; i < root.namedChildCount; i++) {
        const d = root.namedChild(i)!;
        if (d.type === 'function_declaration' || d.type === 'method_declaration') this.addFunc(d, file);
        else if (d.type === 'const_declaration') collectConstants(d, this.constants);
      }
    }
  }

  private addFunc(d: Node, file: SourceFile): void {
    const name = d.childForFieldName('name')?.text;
    if (!name || !d.childForFieldName('body')) return;
    let recvType: string | undefined;
    if (d.type === 'method_declaration') {
      const recv = d.childForFieldName('receiver');
      const t = recv?.namedChild(0)?.childForFieldName('type');
      recvType = t?.text.replace(/^\*/, '').replace(/\[.*$/, '');
    }
    const fi = new FuncInfo(d, file, name, recvType);
    this.funcs.push(fi);
    this.byNodeId.set(d.id, fi);
    const map = recvType ? this.methods : this.byName;
    const list = map.get(name) ?? [];
    list.push(fi);
    map.set(name, list);
  }

  /** The top-level function that contains `node`. */
  enclosing(node: Node): FuncInfo | undefined {
    for (let n: Node | null = node; n; n = n.parent) {
      if (n.type === 'function_declaration' || n.type === 'method_declaration') return this.byNodeId.get(n.id);
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
      const list = this.byName.get(u.text);
      return list && list.length === 1 ? list[0] : undefined;
    }
    if (u.type === 'selector_expression') {
      const field = u.childForFieldName('field');
      const operand = u.childForFieldName('operand');
      if (!field || !operand) return undefined;
      // `pkg.F(...)` of another package has an unresolved identifier operand that is not a known receiver;
      // we only accept operands that resolve to a local variable or are themselves expressions.
      if (operand.type === 'identifier' && !res?.declOf(operand)) return undefined;
      const list = this.methods.get(field.text);
      return list && list.length === 1 ? list[0] : undefined;
    }
    return undefined;
  }

  /** Every call of the package function `fn` (by name; methods by method name when unambiguous). */
  callsTo(fn: FuncInfo): CallSite[] {
    if (!this.calls) this.calls = this.collectCalls();
    const sites = this.calls.get(fn.recvType ? `.${fn.name}` : fn.name) ?? [];
    return sites.filter((s) => this.callee(s.call, this.enclosing(s.call)?.resolution()) === fn);
  }

  private collectCalls(): Map<string, CallSite[]> {
    const q = query(`(call_expression function: [(identifier) @f (selector_expression field: (field_identifier) @m)]) @call`);
    const out = new Map<string, CallSite[]>();
    for (const file of this.pkg.files) {
      const root = file.tree?.rootNode;
      if (!root) continue;
      for (const m of q.matches(root)) {
        let call: Node | undefined;
        let key: string | undefined;
        for (const c of m.captures) {
          if (c.name === 'call') call = c.node;
          else if (c.name === 'f') key = c.node.text;
          else if (c.name === 'm') key = '.' + c.node.text;
        }
        if (!call || !key) continue;
        const list = out.get(key) ?? [];
        list.push({ file, call });
        out.set(key, list);
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
