import type { Node, Tree } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import { codeMatches } from '../source/lex';
import type { Fact, Package } from './package';
import { Decl, neverReassigned, resolveFunction, Resolution } from './scope';
import { isAddedFlagsCommand, isCommandHandler, isFlagsCommand, isMaruelCommand, isSubcommand, mayUseCommandFramework, runsOnceIn } from './commands';
import { callsFromOtherPackages, moduleTextsAbout, testCallsFromOtherPackages } from './importers';
import { onlyBoundedLoopsAround } from './paths';
import { arityFits, blockStatements, dotNames, parentOf, enclosingFuncNode, escapeRe, fileImports, findBelow, IDENTIFIER, isFuncNode, literalRunBy, loopAround, nodeStartingAt, statementHolder, statementOf, unparen } from './syntax';
import { operandType, pointsToOtherPackage, typeName } from './typing';

const commands = new WeakMap<SourceFile, boolean>();

/**
 * Who runs the code at `n` inside `fn`: the goroutine or function literal around it (`the goroutine in T.m`), or
 * the function itself.
 */
export function runnerLabel(n: Node, fn: FuncInfo): string {
  for (let p: Node | null = n.parent; p && p.id !== fn.node.id; p = p.parent) {
    if (p.type === 'func_literal') return literalRunBy(p)?.by === 'go' ? `the goroutine in ${fn.displayName}` : `the function literal in ${fn.displayName}`;
    if (isFuncNode(p)) break;
  }
  return fn.displayName;
}

/** Is `file` part of a command (`package main`)? Read once per file. */
export function isCommandFile(file: SourceFile): boolean {
  let c = commands.get(file);
  if (c === undefined) commands.set(file, (c = /^package[ \t]+main\b/m.test(file.text)));
  return c;
}

/**
 * Is `operand` a local, never reassigned, whose declaration's one value is a call of a function of a package the file
 * imports (`x, err := pkg.New(…)`, `x := pkg.Open()`)? Its value is then of that package's making, not one of this
 * package's types (short of that package handing one back inside an interface).
 */
function madeByImport(operand: Node, res: Resolution): boolean {
  const u = unparen(operand);
  const d = u.type === 'identifier' ? res.declOf(u) : undefined;
  if (!d || d.kind !== 'var' || !neverReassigned(d)) return false;
  const list = d.node.parent;
  const stmt = list?.type === 'expression_list' ? list.parent : undefined;
  const right = stmt?.type === 'short_var_declaration' ? stmt.childForFieldName('right') : undefined;
  const call = right?.namedChildCount === 1 ? right.namedChild(0) : undefined;
  const f = call?.type === 'call_expression' ? call.childForFieldName('function') : undefined;
  const pkg = f?.type === 'selector_expression' ? f.childForFieldName('operand') : undefined;
  if (pkg?.type !== 'identifier' || res.declOf(pkg)) return false;
  return fileImports(pkg.tree.rootNode).some((i) => i.name === pkg.text);
}

/**
 * An example function of a test file (`func ExampleX()`, no receiver, no parameters) without an output comment
 * (`// Output:` or `// Unordered output:`): `go test` compiles it but never runs it.
 */
function silentExample(fn: FuncInfo): boolean {
  if (fn.recvType || !/^Example(?:$|[^a-z])/.test(fn.name) || !fn.file.path.endsWith('_test.go')) return false;
  if ((fn.node.childForFieldName('parameters')?.namedChildCount ?? 0) > 0) return false;
  return !/\/\/\s*(?:Unordered output|Output):/i.test(fn.node.text);
}

/**
 * Does `fn` run once for the whole life of its process: `init`, a command's `main`, or a test binary's `TestMain`
 * (which ends it with `os.Exit(m.Run())`)? What it starts lives as long as the program.
 */
export function isProcessEntry(fn: FuncInfo): boolean {
  if (fn.recvType) return false;
  if (fn.name === 'init') return true;
  if (fn.name === 'main') return isCommandFile(fn.file);
  return fn.name === 'TestMain' && fn.file.path.endsWith('_test.go');
}

/**
 * Do the loops and timers `fn` starts live as long as the program: a function named `main` or `init` (by name, as
 * timer-leak and unclosed-range have always read them), or a process entry (isProcessEntry: a test binary's TestMain)?
 */
export function runsForProgram(fn: FuncInfo): boolean {
  return fn.name === 'main' || fn.name === 'init' || isProcessEntry(fn) || parksForever(fn) || waitsForTermination(fn);
}

/** A signal that asks the process to end: `os.Interrupt`, `syscall.SIGTERM`, `unix.SIGINT`, …. */
const TERMINATION = /\b(?:os\.(?:Interrupt|Kill)|(?:syscall|unix)\.SIG(?:INT|TERM|QUIT|KILL))\b/;

/**
 * Does `fn` wait, in its own code, for the signal that ends the process: a receive from a channel that its file
 * registers for one (`signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)`, or for every signal, `signal.Notify(sig)`)?
 * A function that waits for the process to be told to stop is the process's main loop: it runs once, and what it
 * starts lives as long as the program.
 */
export function waitsForTermination(fn: FuncInfo): boolean {
  let waits = terminationWaits.get(fn);
  if (waits === undefined) {
    waits = false;
    const text = fn.file.text;
    if (!fn.file.path.endsWith('_test.go') && text.includes('signal.Notify')) {
      const names = new Set<string>();
      for (const m of codeMatches(text, String.raw`\bsignal\.Notify\(\s*([\w.]+)\s*(?:,[^)]*)?\)`)) {
        const call = /\(\s*([\w.]+)\s*(,[^)]*)?\)/.exec(m.token);
        if (call && (call[2] === undefined || TERMINATION.test(call[2]))) names.add(call[1]);
      }
      const body = fn.node.childForFieldName('body');
      waits = names.size > 0 && body !== null && findBelow(body, (n) => n.type === 'unary_expression' && n.childForFieldName('operator')?.type === '<-' && names.has(unparen(n.childForFieldName('operand')!).text), true).length > 0;
    }
    terminationWaits.set(fn, waits);
  }
  return waits;
}

const terminationWaits = new WeakMap<FuncInfo, boolean>();

/**
 * Does `fn` never return: no `return` in its own code, and it ends parked for good (`select {}`)? Then what it starts
 * lives as long as the call, which is the rest of the process: a scheduler that starts its periodic jobs and parks.
 */
export function parksForever(fn: FuncInfo): boolean {
  let parks = parked.get(fn);
  if (parks === undefined) {
    const body = fn.node.childForFieldName('body');
    const last = body ? blockStatements(body).at(-1) : undefined;
    parks = last?.type === 'select_statement' && !last.namedChildren.some((c) => c !== null && c.type !== 'comment') && findBelow(body!, (n) => n.type === 'return_statement', true).length === 0;
    parked.set(fn, parks);
  }
  return parks;
}

/** parksForever's answers: asked once per go statement, and a function may hold thousands. */
const parked = new WeakMap<FuncInfo, boolean>();

/** Can other packages call `fn`: an exported function or method of a package that is not a command? */
export function mayBeCalledFromOtherPackages(fn: FuncInfo): boolean {
  return /^\p{Lu}/u.test(fn.name) && !isCommandFile(fn.file) && !fn.file.path.endsWith('_test.go');
}

/**
 * How many callers up a once-per-process question follows a function (`main` → `run` → `serve` → …): a command's
 * work is often a chain of helpers below its handler.
 */
export const ONCE_DEPTH = 6;

/** A top-level function or method of the package. */
export class FuncInfo {
  private res: Resolution | undefined;

  constructor(
    readonly file: SourceFile,
    /** Function name, or method name for methods. */
    readonly name: string,
    /** Receiver base type for methods (`*Server` → `Server`). */
    readonly recvType: string | undefined,
    /** Offset of the declaration in the file's text. */
    readonly start: number,
    private decl?: Node,
  ) {}

  /** The declaration node (found in the file's tree on first use: the index itself is built from the text). */
  get node(): Node {
    if (!this.decl) {
      let n: Node | null = this.file.rootAt(this.start)!.descendantForIndex(this.start);
      while (n && n.type !== 'function_declaration' && n.type !== 'method_declaration') n = n.parent;
      if (!n || n.startIndex !== this.start) throw new Error(`no declaration of ${this.displayName} at offset ${this.start}`);
      this.decl = n;
    }
    return this.decl;
  }

  /** A real declaration with a body (the text index may also see `func` in a comment or string, or a stub). */
  get usable(): boolean {
    try {
      return this.node.childForFieldName('body') !== null;
    } catch {
      return false;
    }
  }

  /** `Name` or `Type.Name`, for messages. */
  get displayName(): string {
    return this.recvType ? `${this.recvType}.${this.name}` : this.name;
  }

  resolution(): Resolution {
    if (!this.res) this.res = resolveFunction(this.node);
    return this.res;
  }

  /** The receiver's declaration (`p` in `func (p *T) m()`); undefined for functions and unnamed receivers. */
  receiver(): Decl | undefined {
    return this.resolution().decls.find((d) => d.kind === 'receiver' && d.fn.id === this.node.id);
  }

  /** Parameter declarations of this function or of a literal inside it. */
  paramsOf(fnNode: Node): (Decl | undefined)[] {
    return this.resolution().params.get(fnNode.id) ?? [];
  }

  /** True when the parameter at `index` is variadic (`xs ...T`), or the index is past the last one. */
  isVariadicAt(fnNode: Node, index: number): boolean {
    return isVariadicParameter(fnNode, index);
  }
}

/** True when the parameter at `index` of a function node is variadic (`xs ...T`), or the index is past the last one. */
export function isVariadicParameter(fnNode: Node, index: number): boolean {
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

export interface FuncLiteral {
  node: Node;
  /** `go func(){…}()` or `defer func(){…}()`; undefined for any other use of the literal. */
  runBy: 'go' | 'defer' | undefined;
  stmt: Node | undefined;
  /** For a literal named by a local and started with `go name()`: every such go statement. */
  starts?: Node[];
}

export interface CallSite {
  file: SourceFile;
  call: Node;
}

/** `func Name(` / `func (r *Type) Name(` / `func (Type[T]) Name[` at the start of a line (gofmt layout). */
const FUNC_DECL = /^func[ \t]*(?:\(([^)]*)\)[ \t]*)?([A-Za-z_]\w*)[ \t]*[[(]/gm;
const CONST_ONE = /^const[ \t]+([A-Za-z_]\w*)(?:[ \t]+[\w.]+)?[ \t]*=[ \t]*([0-9][\w]*)[ \t]*(?:\/\/.*)?$/gm;
const CONST_GROUP = /^const[ \t]*\([ \t]*\r?\n([\s\S]*?)^\)/gm;
const CONST_IN_GROUP = /^[ \t]*([A-Za-z_]\w*)(?:[ \t]+[\w.]+)?[ \t]*=[ \t]*([0-9][\w]*)[ \t]*(?:\/\/.*)?\r?$/gm;

/** The receiver's base type from the text between the receiver parentheses: `s *Set[T]` → `Set`. */
function receiverType(recv: string): string | undefined {
  return /([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?\s*$/.exec(recv.replace(/\*/g, ' '))?.[1];
}

/**
 * Package-wide index of functions, methods, constants and call sites; each part is built on first use. The
 * function and constant tables are read from the text, so that building them never needs a file's tree.
 */
export class PackageIndex {
  /** By file path, then by the declaration's offset. */
  private readonly byKey = new Map<string, Map<number, FuncInfo>>();
  private tables: { byName: Map<string, FuncInfo[]>; methods: Map<string, FuncInfo[]>; constants: Map<string, number> } | undefined;
  /** neverUsed, asked for every channel, go statement and timer call of a function: answered once per function. */
  private readonly unused = new Map<FuncInfo, boolean>();
  /** Does a file of the package import a command-line framework? Read once (usesCommandFramework). */
  private framework: boolean | undefined;
  /** The calls of a package function by name in the other packages' tests (testRuns), read once per name. */
  private readonly testCallsOutside = new Map<string, number>();

  constructor(private readonly pkg: Package) {}

  /** How many times `re` (a global expression) matches the text of the package's files, comments and strings included. */
  countInCode(re: RegExp): number {
    return this.pkg.files.reduce((k, f) => k + (f.text.match(re)?.length ?? 0), 0);
  }

  /** The package this index is of (for the facts of other analyses). */
  get package(): Package {
    return this.pkg;
  }

  /** The one FuncInfo of a declaration, whichever way it is reached (from the text index or from a node). */
  private funcAt(file: SourceFile, start: number, make: () => FuncInfo | undefined): FuncInfo | undefined {
    let inFile = this.byKey.get(file.path);
    if (!inFile) this.byKey.set(file.path, (inFile = new Map()));
    let fi = inFile.get(start);
    if (!fi) {
      fi = make();
      if (fi) inFile.set(start, fi);
    }
    return fi;
  }

  private funcInfo(d: Node, file: SourceFile): FuncInfo | undefined {
    return this.funcAt(file, d.startIndex, () => {
      const name = d.childForFieldName('name')?.text;
      if (!name || !d.childForFieldName('body')) return undefined;
      let recvType: string | undefined;
      if (d.type === 'method_declaration') {
        const recv = d.childForFieldName('receiver');
        const t = recv?.namedChild(0)?.childForFieldName('type');
        recvType = t?.text.replace(/^\*/, '').replace(/\[.*$/, '');
      }
      return new FuncInfo(file, name, recvType, d.startIndex, d);
    });
  }

  private build() {
    if (this.tables) return this.tables;
    const t = { byName: new Map<string, FuncInfo[]>(), methods: new Map<string, FuncInfo[]>(), constants: new Map<string, number>() };
    for (const file of this.pkg.files) {
      for (const m of file.text.matchAll(FUNC_DECL)) {
        const recv = m[1] === undefined ? undefined : receiverType(m[1]);
        if (m[1] !== undefined && !recv) continue;
        const fi = this.funcAt(file, m.index!, () => new FuncInfo(file, m[2], recv, m.index!));
        if (!fi) continue;
        const map = fi.recvType ? t.methods : t.byName;
        const list = map.get(fi.name) ?? [];
        list.push(fi);
        map.set(fi.name, list);
      }
      for (const m of file.text.matchAll(CONST_ONE)) setConstant(t.constants, m[1], m[2]);
      for (const g of file.text.matchAll(CONST_GROUP)) for (const m of g[1].matchAll(CONST_IN_GROUP)) setConstant(t.constants, m[1], m[2]);
    }
    return (this.tables = t);
  }

  private readonly testTrees = new WeakMap<object, boolean>();

  /** Is `n` in a `_test.go` file of the package? */
  private inTestFile(n: Node): boolean {
    let v = this.testTrees.get(n.tree);
    if (v === undefined) this.testTrees.set(n.tree, (v = this.pkg.fileOf(n.tree)?.path.endsWith('_test.go') ?? false));
    return v;
  }

  /** One function of that name (or method of that type and name) that is a real declaration with a body. */
  private only(list: FuncInfo[] | undefined): FuncInfo | undefined {
    return list && list.length === 1 && list[0].usable ? list[0] : undefined;
  }

  /** The method `name` of type `type` (receiver `T` or `*T`), when the package declares exactly one. */
  method(type: string, name: string): FuncInfo | undefined {
    return this.only((this.build().methods.get(name) ?? []).filter((m) => m.recvType === type));
  }

  /** The methods declared on type `type` (receiver `T` or `*T`), in source order of the index. */
  methodsOf(type: string): FuncInfo[] {
    const out: FuncInfo[] = [];
    for (const list of this.build().methods.values()) for (const m of list) if (m.recvType === type) out.push(m);
    return out;
  }

  /** The package function `name` (not a method), when the package declares exactly one. */
  func(name: string): FuncInfo | undefined {
    return this.only(this.build().byName.get(name));
  }

  /** Does any type of the package declare a method with this name? */
  hasMethodNamed(name: string): boolean {
    return (this.build().methods.get(name) ?? []).length > 0;
  }

  /** The methods of that name, of every type of the package. */
  methodsNamed(name: string): FuncInfo[] {
    return this.build().methods.get(name) ?? [];
  }

  /** Package-level integer constants with a literal value. */
  get constants(): Map<string, number> {
    return this.build().constants;
  }

  private readonly fieldTypes = new Map<string, string | null>();
  private readonly structBodies = new Map<string, string[] | null>();

  /** The lines between `type name struct {` (at the start of a line) and its closing `}`; undefined when not found so. */
  private structLines(typeName: string): string[] | undefined {
    let v = this.structBodies.get(typeName);
    if (v === undefined) {
      v = null;
      const head = new RegExp(`^type\\s+${escapeRe(typeName)}\\s+struct\\s*\\{[^\\n]*\\n([\\s\\S]*?)^\\}`, 'm');
      for (const file of this.pkg.files) {
        if (!file.text.includes(typeName)) continue;
        const m = head.exec(file.text);
        if (!m) continue;
        v = m[1].split('\n');
        break;
      }
      this.structBodies.set(typeName, v);
    }
    return v ?? undefined;
  }

  /**
   * The declared type of field `field` of the package's struct type `typeName`, as written (`*time.Ticker`, `chan
   * *worker`), read from the text of its declaration; undefined when the type or the field is not found so.
   */
  fieldType(typeName: string, field: string): string | undefined {
    const key = `${typeName}.${field}`;
    let v = this.fieldTypes.get(key);
    if (v === undefined) {
      v = null;
      for (const line of this.structLines(typeName) ?? []) {
        const f = /^\s*((?:\w+\s*,\s*)*\w+)\s+((?:<-\s*)?chan\b(?:\s*<-)?\s*[^\s/`"]+|[^\s/`"]+)/.exec(line);
        if (f && f[1].split(/\s*,\s*/).includes(field)) v = f[2];
      }
      this.fieldTypes.set(key, v);
    }
    return v ?? undefined;
  }

  /** Does the package's struct type `outer` embed `inner` (a line `inner` or `*inner` of its declaration)? */
  embeds(outer: string, inner: string): boolean {
    return (this.structLines(outer) ?? []).some((line) => /^\s*\*?(\w+)\s*(?:`[^`]*`)?\s*(?:\/\/.*)?$/.exec(line)?.[1] === inner);
  }

  private readonly structTypes = new Map<string, boolean>();

  /** Does the package declare `type name struct {…}` (read from the text, as fieldType reads its fields)? */
  isStructType(name: string): boolean {
    let v = this.structTypes.get(name);
    if (v === undefined) {
      const head = new RegExp(`^type\\s+${escapeRe(name)}\\s+struct\\s*\\{`, 'm');
      v = IDENTIFIER.test(name) && this.pkg.files.some((f) => f.text.includes(name) && head.test(f.text));
      this.structTypes.set(name, v);
    }
    return v;
  }

  private readonly varValues = new Map<string, Node | null>();

  /**
   * The value of a package-level variable declared once with one (`var spans = []T{…}`) that no code of the
   * package assigns, takes the address of or appends to: what it holds all along. Undefined for anything else.
   */
  varValue(name: string): Node | undefined {
    if (!IDENTIFIER.test(name)) return undefined;
    let v = this.varValues.get(name);
    if (v === undefined) {
      v = null;
      const decl = new RegExp(`^var\\s+${name}\\s*=|^\\s+${name}\\s*=`, 'm');
      const write = `(?<![\\w.])${name}\\s*(?:=(?!=)|[-+*/%&|^]=|<<=|>>=|\\+\\+|--)|&\\s*${name}\\b|(?<![\\w.])${name}\\s*,[^=\\n]*(?<!:)=(?!=)`;
      let found: Node | undefined;
      let writes = 0;
      for (const file of this.pkg.files) {
        if (!file.text.includes(name)) continue;
        for (const m of codeMatches(file.text, write)) {
          // A local of the same name (`spans := …; json.Unmarshal(b, &spans)`) is another variable.
          const at = m.index + m.token.indexOf(name);
          const id = file.rootAt(at)?.descendantForIndex(at, at + name.length);
          const fn = id?.type === 'identifier' ? this.enclosing(id) : undefined;
          if (!fn?.resolution().declOf(id!)) writes++;
        }
        if (found || !decl.test(file.text)) continue;
        for (const spec of packageVarSpecs(file, name)) {
          const names = spec.childrenForFieldName('name');
          const values = spec.childForFieldName('value')?.namedChildren.filter((c) => c && c.type !== 'comment') ?? [];
          if (names.length === 1 && values.length === 1 && values[0]) found = unparen(values[0]);
        }
      }
      // The declaration's own `name =` is the one write allowed.
      if (found && writes === 1) v = found;
      this.varValues.set(name, v);
    }
    return v ?? undefined;
  }

  private readonly topLevel = new Map<Tree, { decls: Node[]; ends: number[] }>();
  private readonly literals = new Map<number, FuncLiteral[]>();

  /** The function literals inside a function node, with the `go`/`defer` statement that runs each (once per node). */
  literalsIn(fn: Node): FuncLiteral[] {
    let list = this.literals.get(fn.id);
    if (!list) {
      list = this.literalNodesIn(fn).flatMap((node): FuncLiteral[] => {
        if (!node || node.id === fn.id) return [];
        const run = literalRunBy(node);
        if (run) return [{ node, runBy: run.by, stmt: run.stmt }];
        const handed = this.handedToGoroutine(node);
        if (handed) return [{ node, runBy: 'go', stmt: handed }];
        const starts = this.namedGoroutine(node);
        return [starts ? { node, runBy: 'go' as const, stmt: starts[0], starts } : { node, runBy: undefined, stmt: undefined }];
      });
      this.literals.set(fn.id, list);
    }
    return list;
  }

  /**
   * The function literals inside `fn` (and fn itself when it is one), in document order: found from the `func`
   * keywords of its text, which every literal starts with, instead of a walk over every node of the function (most
   * functions hold few literals). A function whose tree has a syntax error is walked.
   */
  private literalNodesIn(fn: Node): (Node | null)[] {
    const file = this.pkg.fileOf(fn.tree);
    if (!file || fn.hasError) return fn.descendantsOfType('func_literal');
    const root = fn.tree.rootNode;
    const out: Node[] = [];
    const end = fn.endIndex;
    FUNC_KEYWORD.lastIndex = fn.startIndex;
    for (let m = FUNC_KEYWORD.exec(file.text); m && m.index < end; m = FUNC_KEYWORD.exec(file.text)) {
      const lit = nodeStartingAt(root, m.index, 'func_literal', 1);
      if (lit) out.push(lit);
    }
    return out;
  }

  /**
   * `c.lookup(k, func(v T) { res <- v })` where the package function's parameter is used only as `go cb(…)`: the
   * literal runs on a goroutine the callee starts. Returns the statement of the call that hands it over.
   */
  private handedToGoroutine(lit: Node): Node | undefined {
    const args = parentOf(lit);
    const call = args?.type === 'argument_list' ? parentOf(args) : null;
    if (!call || call.type !== 'call_expression') return undefined;
    const caller = this.enclosing(call);
    const target = caller ? this.parameterFor(call, lit, caller.resolution()) : undefined;
    if (!target || target.param.refs.length === 0) return undefined;
    for (const r of target.param.refs) {
      const c = r.parent;
      if (c?.type !== 'call_expression' || c.childForFieldName('function')?.id !== r.id || c.parent?.type !== 'go_statement') return undefined;
    }
    return statementOf(call);
  }

  /**
   * `send := func() {…}` used only as `go send()` (once or more): a named goroutine body. Returns the go
   * statements that start it.
   */
  private namedGoroutine(lit: Node): Node[] | undefined {
    const list = parentOf(lit);
    const decl = list ? parentOf(list) : null;
    if (list?.type !== 'expression_list' || list.namedChildCount !== 1 || decl?.type !== 'short_var_declaration') return undefined;
    const left = decl.childForFieldName('left');
    const id = left?.namedChildCount === 1 ? left.namedChild(0) : null;
    const fn = id?.type === 'identifier' ? this.enclosing(lit) : undefined;
    const d = fn && id ? fn.resolution().declOf(id) : undefined;
    if (!d || d.refs.length === 0) return undefined;
    const starts: Node[] = [];
    for (const r of d.refs) {
      const call = r.parent;
      if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== r.id || call.parent?.type !== 'go_statement') return undefined;
      starts.push(call.parent);
    }
    return starts;
  }

  /**
   * The function and method declarations of one of a file's trees, in order (read once; no parent walks later): all
   * of the file's, or, for a file parsed a declaration at a time, those in that tree (see SourceFile.rootAt). With
   * room for where each ends, read when first needed (reading `endIndex` calls into wasm; enclosing's search reads
   * the ends of the same few declarations again and again).
   */
  private declsOf(tree: Tree): { decls: Node[]; ends: number[] } {
    let list = this.topLevel.get(tree);
    if (!list) {
      const decls = tree.rootNode.namedChildren.filter(
        (d): d is Node => d !== null && (d.type === 'function_declaration' || d.type === 'method_declaration'),
      );
      list = { decls, ends: decls.map(() => -1) };
      this.topLevel.set(tree, list);
    }
    return list;
  }

  /** The top-level function that contains `node`: a binary search over the file's declarations. */
  enclosing(node: Node): FuncInfo | undefined {
    const file = this.pkg.fileOf(node.tree);
    if (!file) return undefined;
    const { decls, ends } = this.declsOf(node.tree);
    let lo = 0;
    let hi = decls.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = decls[mid];
      if (node.startIndex < d.startIndex) {
        hi = mid - 1;
        continue;
      }
      if (ends[mid] < 0) ends[mid] = d.endIndex;
      if (node.startIndex >= ends[mid]) lo = mid + 1;
      else return node.endIndex <= ends[mid] ? this.funcInfo(d, file) : undefined;
    }
    return undefined;
  }

  /**
   * The package function a call goes to: `f(...)` for a function of this package, `x.m(...)` when exactly one
   * method of the package has that name. `res` tells local variables apart from package functions.
   */
  callee(call: Node, res: Resolution | undefined): FuncInfo | undefined {
    const f = call.childForFieldName('function');
    const fn = f ? this.calleeOf(f, res) : undefined;
    // `s.infr.Run()` is not a call of `func (s *Server) Run(stop chan struct{})`: Go checks the count of arguments.
    return fn && arityFits(fn.node, call) ? fn : undefined;
  }

  /** The package function an expression names (`f`, `x.m`), as `callee` resolves a call's function. */
  calleeOf(f: Node, res: Resolution | undefined): FuncInfo | undefined {
    const u = unparen(f);
    if (u.type === 'identifier') {
      if (res?.declOf(u)) return undefined; // a local func value, not the package function
      return this.only(this.build().byName.get(u.text));
    }
    if (u.type === 'selector_expression') {
      const field = u.childForFieldName('field');
      const operand = u.childForFieldName('operand');
      if (!field || !operand) return undefined;
      // `pkg.F(...)` of another package has an operand that resolves to no local variable.
      if (operand.type === 'identifier' && !res?.declOf(operand)) return undefined;
      // Code outside tests does not call a method its package declares only in a test file (a test's fake).
      const all = this.build().methods.get(field.text);
      const method = this.only(this.inTestFile(u) ? all : all?.filter((m) => !m.file.path.endsWith('_test.go')));
      // `t.Run(…)` on a `t *testing.T`: another package's method of the same name; so is `op.Run(…)` on a local that
      // a function of an imported package made (`op, err := redisfailover.New(…)`): a value of that package's type.
      const around = method && res ? this.enclosing(u) : undefined;
      return around && (pointsToOtherPackage(operand, around, res!, this) || madeByImport(operand, res!)) ? undefined : method;
    }
    return undefined;
  }

  /**
   * The package function a call runs and the parameter that receives the argument `arg` (a direct child of
   * the call's argument list): none for variadic, unnamed or `_` parameters, or when the callee is unknown.
   */
  parameterFor(call: Node, arg: Node, res: Resolution | undefined): { callee: FuncInfo; param: Decl } | undefined {
    const callee = this.callee(call, res);
    if (!callee || !callee.usable) return undefined;
    const args = call.childForFieldName('arguments');
    let at = -1;
    for (let i = 0; args && i < args.namedChildCount; i++) if (args.namedChild(i)!.id === arg.id) at = i;
    if (at < 0 || callee.isVariadicAt(callee.node, at)) return undefined;
    const param = callee.paramsOf(callee.node)[at];
    return param ? { callee, param } : undefined;
  }

  /**
   * Calls of a method through a method value held in a local (`next := s.expand; for v := range next(x)`): the
   * local must be used only as the called function.
   */
  valueCallsTo(fn: FuncInfo): CallSite[] {
    if (!fn.recvType) return [];
    const name = escapeRe(fn.name);
    const re = new RegExp(`\\.\\s*${name}\\b(?!\\s*\\()`, 'g');
    const out: CallSite[] = [];
    for (const file of this.pkg.files) {
      if (!file.text.includes(fn.name)) continue;
      for (const m of file.text.matchAll(re)) {
        const root = file.rootAt(m.index!);
        if (!root) break;
        const id = root.descendantForIndex(m.index! + m[0].length - fn.name.length);
        const sel = id?.parent;
        if (!id || id.text !== fn.name || sel?.type !== 'selector_expression') continue;
        const list = sel.parent;
        const decl = list?.type === 'expression_list' && list.namedChildCount === 1 ? list.parent : null;
        if (decl?.type !== 'short_var_declaration') continue;
        const caller = this.enclosing(sel);
        const local = decl.childForFieldName('left')?.namedChild(0);
        const d = caller && local?.type === 'identifier' ? caller.resolution().declOf(local) : undefined;
        if (!caller || !d || this.calleeOf(sel, caller.resolution()) !== fn) continue;
        const calls = d.refs.map((r) => (r.parent?.type === 'call_expression' && r.parent.childForFieldName('function')?.id === r.id ? r.parent : undefined));
        if (calls.length === 0 || calls.some((c) => c === undefined)) continue;
        for (const c of calls) out.push({ file, call: c! });
      }
    }
    return out;
  }

  /**
   * Does `fn` run at most once in the whole life of a process? Every occurrence of its name in the package is its
   * declaration, a command's handler (`cli.Command{Action: fn}`: commands.ts), or a call of it (maybe by `go`, maybe
   * on a package-level variable) written in `init`, in a command's `main`, in a command's handler, in a function
   * that runs once so itself (`depth` levels up), or in a package-level variable's initializer; outside any loop,
   * and in no function literal but one run where it is written (`go func(){…}()`) or a handler. Calls from the
   * package's tests do not count: they exercise the function, they are not the program's own runs. An exported
   * function is followed to its callers in the other packages of the module too (otherPackageRuns), and is taken to
   * run once when they all run it once so (`cmd/server`'s main calls `server.Run()`). `starts`, when given, picks the
   * calls that matter (those that take the branch holding a goroutine's start: arguments.ts). With `bounded`, a loop that runs
   * a number of times fixed as it starts (paths.ts boundedLoop: `for i := 0; i < n; i++`) is no repeat either: what
   * the function makes there is a fixed number per process, which is what timer-leak asks.
   */
  runsOnceInMain(fn: FuncInfo, depth = ONCE_DEPTH, bounded = false, starts?: (call: Node) => boolean): boolean {
    if (this.runsAsCommand(fn)) return true;
    const unrepeated = bounded ? onlyBoundedLoopsAround : (n: Node) => !loopAround(n);
    const framework = this.usesCommandFramework();
    // Calls from tests exercise the function; they are not the program's own runs, nor are other uses in tests.
    const all = [...this.callsTo(fn), ...this.packageVarCallsTo(fn)];
    const calls = starts ? all.filter((c) => starts(c.call)) : all;
    const sites = calls.filter((c) => !c.file.path.endsWith('_test.go'));
    if (this.testRuns(fn, calls) > 1) return false;
    const handlers = (framework ? this.handlerRefsTo(fn).length : 0) + this.onceDoRefsTo(fn).length;
    if (!this.namedUsesAre(fn, all.filter((c) => !c.file.path.endsWith('_test.go')).length + handlers + 1)) return false;
    const once = (index: PackageIndex, caller: FuncInfo) => isProcessEntry(caller) || index.runsAsCommand(caller) || (depth > 0 && caller !== fn && index.runsOnceInMain(caller, depth - 1, bounded));
    const inPackage = sites.every(({ call }) => {
      const caller = this.enclosing(call);
      // A package-level variable's initializer (`var ism = newMap()`) runs once, as the package is set up; so does a
      // command's handler written as a literal in one (`var rootCmd = &cobra.Command{RunE: func(…) error { … }}`).
      if (!caller) return inPackageVarInit(call) || this.runsOnceIn(call, unrepeated) === 'process';
      const at = this.runsOnceIn(call, unrepeated);
      if (at === 'process') return true;
      // … or in a function that runs once so itself (`main` calls `run`, which calls `fn`).
      return at === 'caller' && once(this, caller);
    });
    if (!inPackage) return false;
    const outside = this.otherPackageRuns(fn, unrepeated, once);
    return outside !== undefined && sites.length + handlers + outside > 0;
  }

  /**
   * Does the code show `fn` running more than once in one process? A call of it outside tests in a loop, or in a
   * function literal that is not run where it is written (a callback: any number of runs); two calls or more outside
   * tests, in this package and the module's other packages together; calls from two tests or more (a test binary is
   * a process too); a use of its name other than a call (a method value, a function handed on, which its holder may
   * call any number of times); or one call in a function that runs repeatedly so itself (up to `depth` callers up).
   * A function that no code of the module calls (an API for programs outside it, a framework's entry point) is not
   * shown to repeat, nor is one whose one call runs once per process (a command's handler, a `sync.Once`). `starts`,
   * when given, picks the calls that matter, as for runsOnceInMain.
   */
  runsRepeatedly(fn: FuncInfo, depth = ONCE_DEPTH, starts?: (call: Node) => boolean): boolean {
    const all = [...this.callsTo(fn), ...this.packageVarCallsTo(fn)];
    const calls = starts ? all.filter((c) => starts(c.call)) : all;
    if (this.testRuns(fn, calls) > 1) return true;
    const sites = calls.filter((c) => !c.file.path.endsWith('_test.go'));
    if (!this.namedUsesAre(fn, all.filter((c) => !c.file.path.endsWith('_test.go')).length + 1)) return true;
    let repeatedOutside = false;
    const outside = mayBeCalledFromOtherPackages(fn)
      ? callsFromOtherPackages({ pkg: this.pkg, name: fn.name, method: fn.recvType !== undefined, node: fn.node }, (pkg, call) => {
          if (pkg.fact(packageIndex).runsOnceIn(call, (n) => !loopAround(n)) === undefined) repeatedOutside = true;
          return true;
        })
      : 0;
    if (outside === undefined || repeatedOutside || sites.length + outside > 1) return true;
    if (sites.length !== 1) return false;
    const { call } = sites[0];
    // `s.once.Do(func() { s.start(h) })`: a literal that a `sync.Once` field runs, once per value at most, so at most
    // once per run of the function around it.
    const lit = enclosingFuncNode(call);
    const at = lit?.type === 'func_literal' && runByOnceField(lit) && !loopAround(call) ? 'caller' : this.runsOnceIn(call, (n) => !loopAround(n));
    if (at === undefined) return true;
    const caller = this.enclosing(call);
    return at === 'caller' && caller !== undefined && caller !== fn && depth > 0 && this.runsRepeatedly(caller, depth - 1);
  }

  /**
   * How many times a test binary runs `fn`, at least: its calls in the package's `_test.go` files (`calls`, the
   * package's calls of it; Infinity when one is in a loop) and, for a function, those written in other packages'
   * tests (importers.ts). A test binary is a process too: one test's call strands one goroutine for the rest of the
   * binary, which is what a program's one run does; calls from several tests strand one each.
   */
  testRuns(fn: FuncInfo, calls: readonly CallSite[]): number {
    let runs = 0;
    for (const { file, call } of calls) {
      if (!file.path.endsWith('_test.go')) continue;
      if (loopAround(call)) return Infinity;
      runs++;
    }
    if (runs > 1 || !mayBeCalledFromOtherPackages(fn) || fn.recvType) return runs;
    // Read from the other packages' test files once per function (every once-per-process question asks it).
    let outside = this.testCallsOutside.get(fn.name);
    if (outside === undefined) this.testCallsOutside.set(fn.name, (outside = testCallsFromOtherPackages({ pkg: this.pkg, name: fn.name })));
    return runs + outside;
  }

  /**
   * The calls of an exported package function in the other packages of its module (importers.ts), when each runs
   * once per run of the function around it (`once(n)` for every node on the way up: no loop repeats it; function
   * literals as in runsOnceIn) or of a command's handler, and that function runs once per process there
   * (`callerOnce`): how many; undefined when one does not, or a use is not a call. Calls in tests are left out.
   */
  otherPackageRuns(fn: FuncInfo, once: (n: Node) => boolean, callerOnce: (index: PackageIndex, caller: FuncInfo) => boolean): number | undefined {
    if (!mayBeCalledFromOtherPackages(fn)) return 0;
    return callsFromOtherPackages({ pkg: this.pkg, name: fn.name, method: fn.recvType !== undefined, node: fn.node }, (pkg, call) => {
      const index = pkg.fact(packageIndex);
      const caller = index.enclosing(call);
      const operand = call.childForFieldName('function')?.childForFieldName('operand');
      // `server.Run()` where `server` is a local of the caller: not this package's function.
      if (!fn.recvType && caller && operand && caller.resolution().declOf(operand)) return 'other';
      // `libpod.Run(…)` on a package the file imports (no local of that name): a function of it, not the method.
      if (fn.recvType && operand?.type === 'identifier' && !caller?.resolution().declOf(operand) && fileImports(call.tree.rootNode).some((i) => i.name === operand.text)) return 'other';
      // Outside every function declaration: a package-level variable's initializer, or a command's handler written
      // as a literal in one (`var attachCmd = &cobra.Command{RunE: func(…) error { … }}`).
      if (!caller) return inPackageVarInit(call) || index.runsOnceIn(call, once) === 'process';
      const at = index.runsOnceIn(call, once);
      if (at === 'process') return true;
      return at === 'caller' && callerOnce(index, caller);
    });
  }

  /**
   * Is `fn` dead code: unexported, and its name written nowhere in the package's code (comments and literals left
   * out) but its declaration? Nothing can call it then: other packages cannot name it, an interface that holds it
   * would have to be declared here with the name, and reflection does not call unexported methods. So is an example
   * function without an output comment that nothing calls (silentExample): `go test` never runs it.
   */
  neverUsed(fn: FuncInfo): boolean {
    let unused = this.unused.get(fn);
    if (unused === undefined) {
      // `//export name` (cgo) and `//go:linkname name …` hand it to C or to another package.
      const handedOn = new RegExp(`//(export|go:linkname)\\s+${escapeRe(fn.name)}\\b`);
      unused =
        ((/^[a-z_]/.test(fn.name) && fn.name !== 'init' && fn.name !== 'main' && fn.name !== '_' &&
          !this.directiveFiles().some((f) => f.text.includes(fn.name) && handedOn.test(f.text))) ||
          silentExample(fn)) &&
        this.usesOf(fn.name) === 1;
      this.unused.set(fn, unused);
    }
    return unused;
  }

  private readonly unmade = new Map<string, boolean>();

  /**
   * Is the unexported type `type` never made where code runs: its name written in the package's code (comments and
   * literals left out, tests included) only by its declaration, its methods' receivers, and the bodies of functions
   * that are never used (neverUsed: `newMock()` that no test calls)? No value of it exists then, and its methods
   * never run. It may parse every file that names the type: asked only of what would be reported.
   */
  neverMade(type: string): boolean {
    let v = this.unmade.get(type);
    if (v === undefined) {
      v = false;
      const re = `(?<![\\w.])${escapeRe(type)}(?![\\w])`;
      if (/^[a-z_]/.test(type) && this.mayBeUnmade(type, re)) {
        let rest = -1; // the declaration
        for (const file of this.pkg.files) {
          if (!file.text.includes(type)) continue;
          for (const m of codeMatches(file.text, re)) {
            const at = file.rootAt(m.index)?.descendantForIndex(m.index);
            const fn = at ? this.enclosing(at) : undefined;
            const recv = fn?.recvType === type ? fn.node.childForFieldName('receiver') : null;
            const inReceiver = !!recv && at!.startIndex >= recv.startIndex && at!.endIndex <= recv.endIndex;
            if (!inReceiver && !(fn && this.neverUsed(fn))) rest++;
          }
        }
        v = rest === 0;
      }
      this.unmade.set(type, v);
    }
    return v;
  }

  /**
   * From the text alone (gofmt's layout): may `type` be made only in functions nothing names? Each occurrence of its
   * name must be on its declaration's line (`type T struct`, or a line of a `type (…)` group), in a method's receiver
   * (`func (x *T)`), or inside a top-level function (from its `func` line to the next line that is `}`) whose name
   * the package writes nowhere else. A quick no spares the parse neverMade needs to be sure of a yes. `re` finds the
   * name in code.
   */
  private mayBeUnmade(type: string, re: string): boolean {
    this.build(); // every declaration the text shows, by file and offset (funcAt)
    for (const file of this.pkg.files) {
      const text = file.text;
      if (!text.includes(type)) continue;
      for (const m of codeMatches(text, re)) {
        const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
        const before = text.slice(lineStart, m.index);
        if (/^(?:type[ \t]+|[ \t]+)$/.test(before) || /^func[ \t]*\([^)]*$/.test(before)) continue;
        const fnStart = text.startsWith('func', lineStart) ? lineStart : text.lastIndexOf('\nfunc', m.index) + 1;
        const end = fnStart > 0 || text.startsWith('func') ? text.indexOf('\n}', fnStart) : -1;
        const fn = end > m.index ? this.byKey.get(file.path)?.get(fnStart) : undefined;
        if (!fn || !this.neverUsed(fn)) return false;
      }
    }
    return true;
  }

  private directives: SourceFile[] | undefined;

  /**
   * The files of the package whose text holds `//export` or `//go:linkname` (most packages have none): the only ones
   * neverUsed's directives can be in, found once instead of looking through every file for every function.
   */
  private directiveFiles(): SourceFile[] {
    return (this.directives ??= this.pkg.files.filter((f) => f.text.includes('//export') || f.text.includes('//go:linkname')));
  }

  /**
   * Is `fn` a command the program runs once, by a command-line framework's convention (a go-flags `Execute`, a
   * google/subcommands `Execute`, a maruel/subcommands `Run`)?
   */
  runsAsCommand(fn: FuncInfo): boolean {
    if (this.usesCommandFramework() && (isFlagsCommand(fn, this.pkg.files) || isSubcommand(fn) || isMaruelCommand(fn))) return true;
    // A go-flags command that a package of the module adds to its parser (`parser.AddCommand("daemon", …,
    // &cli.DaemonCommand{…})` in main): the package itself need not import the framework.
    return isAddedFlagsCommand(fn, () => (this.moduleTexts ??= moduleTextsAbout(this.pkg)));
  }

  /** moduleTextsAbout, read once per package when a go-flags command is asked about. */
  private moduleTexts: string[] | undefined;

  /** Does a file of the package import a command-line framework (see commands.ts)? */
  usesCommandFramework(): boolean {
    return (this.framework ??= this.pkg.files.some((f) => mayUseCommandFramework(f.text)));
  }

  /**
   * Does `n` run at most once per process where it is written: once per run of a command's handler (in a package
   * that imports a command-line framework), or in what a package-level `sync.Once` runs (onceDoArgument), outside
   * loops in between (with `bounded`, outside loops that are not bounded ones, as for runsOnceInMain)?
   */
  runsOncePerProcessAt(n: Node, bounded = false): boolean {
    return this.runsOnceIn(n, bounded ? onlyBoundedLoopsAround : (m) => !loopAround(m), this.usesCommandFramework()) === 'process';
  }

  /**
   * runsOnceIn (commands.ts) with what a package-level `sync.Once` of this package runs counted as once per process,
   * and the call that makes a lazily made package-level singleton (singletonInit).
   */
  runsOnceIn(n: Node, once: (m: Node) => boolean, handlers = true): 'caller' | 'process' | undefined {
    if (n.type === 'call_expression' && this.singletonInit(n)) return 'process';
    return runsOnceIn(n, once, (lit) => this.onceDoArgument(lit) || this.returnedToOnce(lit), handlers);
  }

  /**
   * Is `lit` a function literal that a package function returns (`return func() { … }`), where every mention of that
   * function in the package, tests included, is a call given whole to a package-level `sync.Once`'s Do
   * (`once.Do(newSingletonFactory(config))`)? The literal then runs at most once per process.
   */
  returnedToOnce(lit: Node): boolean {
    if (lit.type !== 'func_literal') return false;
    const list = lit.parent;
    const ret = list?.type === 'expression_list' ? list.parent : undefined;
    if (ret?.type !== 'return_statement' || list!.namedChildCount !== 1) return false;
    const decl = enclosingFuncNode(ret);
    const name = decl?.type === 'function_declaration' ? decl.childForFieldName('name') : undefined;
    if (!name || this.build().byName.get(name.text)?.length !== 1) return false;
    let calls = 0;
    for (const file of this.pkg.files) {
      if (!file.text.includes(name.text)) continue;
      for (const m of codeMatches(file.text, `(?<![\\w.])${escapeRe(name.text)}\\b`)) {
        const id = file.rootAt(m.index)?.descendantForIndex(m.index, m.index + name.text.length);
        if (id?.type !== 'identifier') return false;
        if (id.id === name.id) continue;
        const call = id.parent;
        if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== id.id || this.enclosing(id)?.resolution().declOf(id)) return false;
        if (!this.onceDoArgument(call)) return false;
        calls++;
      }
    }
    return calls > 0;
  }

  /**
   * Is `call` what a lazily made package-level singleton is set to: `g = newT(…)` after `if g != nil { return … }`
   * in the same block (or as the body of `if g == nil { … }`), for an unexported package-level variable g of the
   * package that no code sets back to nil? The call runs at most once in the life of the process.
   */
  singletonInit(call: Node): boolean {
    const list = call.parent;
    const st = list?.type === 'expression_list' ? list.parent : undefined;
    if (st?.type !== 'assignment_statement' || st.childForFieldName('right')?.id !== list!.id || list!.namedChildCount !== 1) return false;
    const left = st.childForFieldName('left');
    const g = left?.namedChildCount === 1 ? left.namedChild(0) : null;
    if (g?.type !== 'identifier' || !/^[a-z_]/.test(g.text) || this.enclosing(call)?.resolution().declOf(g)) return false;
    const name = g.text;
    const test = (ifs: Node | null | undefined, op: string) =>
      ifs?.type === 'if_statement' && !ifs.childForFieldName('initializer') && unparen(ifs.childForFieldName('condition')!).text.replace(/\s+/g, ' ') === `${name} ${op} nil`;
    const returns = (ifs: Node) => {
      const last = blockStatements(ifs.childForFieldName('consequence')).pop();
      return last?.type === 'return_statement' && !ifs.childForFieldName('alternative');
    };
    let guarded = false;
    for (let prev = st.previousNamedSibling; prev && !guarded; prev = prev.previousNamedSibling) guarded = test(prev, '!=') && returns(prev);
    const block = statementHolder(st);
    if (!guarded && block?.type === 'block' && test(block.parent, '==') && block.parent!.childForFieldName('consequence')?.id === block.id) guarded = true;
    if (!guarded) return false;
    let v = this.singletonVars.get(name);
    if (v === undefined) {
      const reset = `(?<![\\w.])${escapeRe(name)}\\s*=\\s*nil\\b`;
      // Only files whose text names it can declare it: the others are not parsed for this.
      const naming = this.pkg.files.filter((f) => f.text.includes(name));
      v = naming.some((f) => packageVarSpecs(f, name).length > 0) && !naming.some((f) => !codeMatches(f.text, reset).next().done);
      this.singletonVars.set(name, v);
    }
    return v;
  }

  /**
   * Is `arg` the function `once.Do(arg)` runs, for a package-level variable `once` of type `sync.Once`? `Do` runs
   * it at most once in the life of the process, whoever calls `Do` and how often.
   */
  onceDoArgument(arg: Node): boolean {
    const args = arg.parent;
    const call = args?.parent;
    if (args?.type !== 'argument_list' || args.namedChildCount !== 1 || call?.type !== 'call_expression') return false;
    const f = call.childForFieldName('function');
    const x = f?.type === 'selector_expression' && f.childForFieldName('field')?.text === 'Do' ? f.childForFieldName('operand') : undefined;
    if (x?.type !== 'identifier' || this.enclosing(call)?.resolution().declOf(x)) return false; // a local Once runs again per call
    return this.isOnceVar(x.text);
  }

  private readonly onceVars = new Map<string, boolean>();
  /** Package-level variables that are lazily made singletons (singletonInit), by name. */
  private readonly singletonVars = new Map<string, boolean>();

  /**
   * Is `name` a package-level variable declared as a `sync.Once` (`var initOnce sync.Once`; also the `Once` of a
   * package whose import path ends in `/sync`, a copy of it) that no code of the package assigns or takes the
   * address of? Then it is one value for the life of the process.
   */
  private isOnceVar(name: string): boolean {
    let v = this.onceVars.get(name);
    if (v !== undefined) return v;
    v = false;
    const write = `(?<![\\w.])${escapeRe(name)}\\s*(?:=(?!=)|,[^=\\n]*(?<!:)=(?!=))|&\\s*${escapeRe(name)}\\b`;
    for (const file of this.pkg.files) {
      if (!file.text.includes(name)) continue;
      if (!codeMatches(file.text, write).next().done) {
        v = false;
        break;
      }
      const root = file.tree?.rootNode;
      for (const spec of root ? packageVarSpecs(file, name) : []) {
        const t = spec.childForFieldName('type');
        if (t?.type !== 'qualified_type' || t.childForFieldName('name')?.text !== 'Once' || spec.childForFieldName('value')) continue;
        const q = t.childForFieldName('package')?.text;
        if (fileImports(root!).some((i) => i.name === q && (i.path === 'sync' || i.path.endsWith('/sync')))) v = true;
      }
    }
    this.onceVars.set(name, v);
    return v;
  }

  /** The places that give the package function `fn` to a package-level `sync.Once` (`initOnce.Do(setup)`), outside tests. */
  onceDoRefsTo(fn: FuncInfo): Node[] {
    if (fn.recvType) return [];
    const out: Node[] = [];
    for (const file of this.pkg.files) {
      if (file.path.endsWith('_test.go') || !file.text.includes(fn.name)) continue;
      for (const m of codeMatches(file.text, `\\.\\s*Do\\s*\\(\\s*${escapeRe(fn.name)}\\s*\\)`)) {
        const at = m.index + m.token.lastIndexOf(fn.name);
        const id = file.rootAt(at)?.descendantForIndex(at, at + fn.name.length);
        if (id?.type === 'identifier' && !this.enclosing(id)?.resolution().declOf(id) && this.onceDoArgument(id)) out.push(id);
      }
    }
    return out;
  }

  /**
   * The places that give the package function `fn` to a command-line framework as a command's handler
   * (`cli.Command{Action: fn}`): it runs once per process from each (commands.ts).
   */
  handlerRefsTo(fn: FuncInfo): Node[] {
    const re = `(?<![\\w.])${escapeRe(fn.name)}(?![\\w])`;
    const out: Node[] = [];
    for (const file of this.pkg.files) {
      // A test's command tree runs in the test binary, any number of times: not the program's handler.
      if (!file.text.includes(fn.name) || !mayUseCommandFramework(file.text) || file.path.endsWith('_test.go')) continue;
      if (fn.recvType) {
        // A method is handed on as a method value (`cmd.RunE = c.run`) on a value of its type.
        for (const { sel } of dotNames(file, fn.name)) if (sel && isCommandHandler(sel) && this.valueType(sel) === fn.recvType) out.push(sel);
        continue;
      }
      for (const m of codeMatches(file.text, re)) {
        const id = file.rootAt(m.index)?.descendantForIndex(m.index);
        if (id?.type === 'identifier' && id.text === fn.name && isCommandHandler(id) && !this.enclosing(id)?.resolution().declOf(id)) out.push(id);
      }
    }
    return out;
  }

  /** The struct type of the operand of selector `sel` (`c` of `c.run`), when golint-chan can tell it (typing.ts). */
  private valueType(sel: Node): string | undefined {
    const operand = sel.childForFieldName('operand');
    const caller = operand ? this.enclosing(operand) : undefined;
    return caller && operandType(operand!, caller, caller.resolution(), this);
  }

  /**
   * How many times the package's code (comments and literals left out) writes the identifier `name`; with
   * `unqualified`, not counting `x.name` (a package function is never written so in its own package: those are
   * another package's `errors.New`, or a method or field of the same name), a key of a keyed literal or a label
   * (`&cobra.Command{Run: …}`), nor a method's name in its declaration; without `tests`, not in `_test.go` files.
   */
  usesOf(name: string, unqualified = false, tests = true): number {
    // Unqualified, a key of a keyed literal or a label (`Run: func(…) {…}`, `loop:`) and a method's name in its
    // declaration (`func (r *runner) Run(…)`, on the receiver's line: a call on the line after one that ends with `)`
    // is a use) are not uses either.
    const re = unqualified ? `(?<![\\w.])(?<!\\)[ \\t]*)${escapeRe(name)}(?![\\w])(?!\\s*:(?!=))` : `(?<![\\w])${escapeRe(name)}(?![\\w])`;
    let uses = 0;
    for (const file of this.pkg.files) {
      if (file.text.includes(name) && (tests || !file.path.endsWith('_test.go'))) uses += [...codeMatches(file.text, re)].length;
    }
    return uses;
  }

  /**
   * Does the package's code outside tests write the name of `fn` exactly `n` times, not counting calls that resolve
   * to another function or method (`lp.Run()` on another type, for a method `Site.Run`; another package's
   * `errors.New` for a function `New`): its declaration, its calls, and any other use (a method value, a handler
   * given by name)? For a method, read from the text alone when that already gives `n` (no file is parsed then).
   */
  namedUsesAre(fn: FuncInfo, n: number): boolean {
    if (!fn.recvType) return this.usesOf(fn.name, true, false) === n;
    if (this.usesOf(fn.name, false, false) === n) return true;
    let uses = 1; // the declaration
    for (const file of this.pkg.files) {
      if (file.path.endsWith('_test.go')) continue;
      let imports: Set<string> | undefined;
      for (const { sel } of dotNames(file, fn.name)) {
        // `migration.Run(…)`: another package's function, through the file's import of it.
        const op = sel?.childForFieldName('operand');
        const around = op ? this.enclosing(op) : undefined;
        const res = around?.resolution();
        if (op?.type === 'identifier' && !res?.declOf(op) && (imports ??= new Set(fileImports(file.tree!.rootNode).map((i) => i.name))).has(op.text)) continue;
        // `t.Run(…)` on a `t *testing.T`, `s.pg.Run(…)` on a field declared `*fdw.Backend`: another package's method.
        if (op && around && pointsToOtherPackage(op, around, res!, this)) continue;
        const call = sel?.parent;
        if (sel && call?.type === 'call_expression' && call.childForFieldName('function')?.id === sel.id) {
          // A call with another count of arguments than `fn` takes calls another function.
          if (!arityFits(fn.node, call)) continue;
          const callee = this.callee(call, res) ?? this.typedCallOf(call, sel, around, res);
          if (callee !== undefined && callee !== fn) continue;
          // `op.Run()` on a value an imported package made (madeByImport): not this package's method.
          if (callee === undefined && op && res && madeByImport(op, res)) continue;
          // `Report.Run()` on a package-level variable declared with another type (`var Report *Helper`).
          if (callee === undefined && op?.type === 'identifier' && !res?.declOf(op) && (this.packageVarType(op.text) ?? fn.recvType) !== fn.recvType) continue;
        } else if (sel) {
          // A method value or field of a value of another type (`o.run` for another command's `run`).
          const t = this.valueType(sel);
          if (t !== undefined && t !== fn.recvType) continue;
        }
        uses++;
      }
    }
    return uses === n;
  }

  /**
   * Calls of the method `fn` on a package-level variable of this package (`go DefaultManager.handle()`), which
   * `callee` leaves alone (its operand resolves to no local, as another package's name would): when `fn` is the only
   * method of that name in the package, or the variable is declared with its type (`var Report *Helper`).
   */
  packageVarCallsTo(fn: FuncInfo): CallSite[] {
    if (!fn.recvType) return [];
    const unique = this.only(this.build().methods.get(fn.name)) === fn;
    const re = new RegExp(`(?<![\\w.])([A-Za-z_]\\w*)\\s*\\.\\s*${escapeRe(fn.name)}\\s*\\(`, 'g');
    const out: CallSite[] = [];
    for (const file of this.pkg.files) {
      if (!file.text.includes(fn.name)) continue;
      for (const m of file.text.matchAll(re)) {
        const root = file.rootAt(m.index!);
        const id = root?.descendantForIndex(m.index!);
        const sel = id?.parent;
        const call = sel?.parent;
        if (id?.type !== 'identifier' || sel?.type !== 'selector_expression' || call?.type !== 'call_expression') continue;
        if (this.enclosing(call)?.resolution().declOf(id)) continue;
        if (unique ? this.declaresVar(id.text) : this.packageVarType(id.text) === fn.recvType) out.push({ file, call });
      }
    }
    return out;
  }

  /** The type a package-level variable is declared with (`var x *T` or `var x T`: `T`), when one declaration says it. */
  private packageVarType(name: string): string | undefined {
    const types = new Set<string | undefined>();
    for (const file of this.pkg.files) {
      if (!file.text.includes(name)) continue;
      for (const spec of packageVarSpecs(file, name)) types.add(typeName(spec.childForFieldName('type')));
    }
    return types.size === 1 ? [...types][0] : undefined;
  }

  /** Does the package declare a package-level variable `name`? */
  private declaresVar(name: string): boolean {
    return this.pkg.files.some((file) => file.text.includes(name) && packageVarSpecs(file, name).length > 0);
  }

  /**
   * `x.m(…)` where several types of the package declare m: the method of x's type when golint-chan can tell it
   * (operandType: `h := &T{…}; go h.watch()`), its argument count fitting.
   */
  private typedCallOf(call: Node, callee: Node, around: FuncInfo | undefined, res: Resolution | undefined): FuncInfo | undefined {
    if (callee.type !== 'selector_expression' || !around || !res) return undefined;
    const t = operandType(callee.childForFieldName('operand')!, around, res, this);
    const m = t ? this.method(t, callee.childForFieldName('field')?.text ?? '') : undefined;
    return m && arityFits(m.node, call) ? m : undefined;
  }

  /** Every call of the package function `fn`: found from the name's occurrences in the text. */
  callsTo(fn: FuncInfo): CallSite[] {
    const name = escapeRe(fn.name);
    const re = fn.recvType ? new RegExp(`\\.\\s*${name}\\s*\\(`, 'g') : new RegExp(`(?<![\\w.])${name}\\s*\\(`, 'g');
    const out: CallSite[] = [];
    for (const file of this.pkg.files) {
      for (const m of file.text.matchAll(re)) {
        const root = file.rootAt(m.index!);
        if (!root) break;
        const at = m.index! + m[0].indexOf(fn.name, fn.recvType ? 1 : 0);
        const id = root.descendantForIndex(at);
        if (!id || id.text !== fn.name) continue;
        const callee = id.parent?.type === 'selector_expression' ? id.parent : id;
        const call = callee.parent;
        if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== callee.id) continue;
        const around = this.enclosing(call);
        const res = around?.resolution();
        if ((this.callee(call, res) ?? this.typedCallOf(call, callee, around, res)) === fn) out.push({ file, call });
      }
    }
    return out;
  }
}

/** `x.once.Do(func() { … })`: is `lit` the one argument of a `Do` call on a field (a `sync.Once` field, by its use)? */
export function runByOnceField(lit: Node): boolean {
  const args = lit.parent;
  const call = args?.type === 'argument_list' && args.namedChildCount === 1 ? args.parent : null;
  const f = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
  return f?.type === 'selector_expression' && f.childForFieldName('field')?.text === 'Do' && f.childForFieldName('operand')?.type === 'selector_expression';
}

/** Is `call` written in the initializer of a package-level `var`, outside any function literal? */
function inPackageVarInit(call: Node): boolean {
  for (let p = call.parent; p; p = p.parent) {
    if (p.type === 'func_literal' || p.type === 'function_declaration' || p.type === 'method_declaration') return false;
    if (p.type === 'var_declaration') return p.parent?.type === 'source_file';
  }
  return false;
}

/** The package-level `var` specs of a file that declare `name` (`var name = …`, or one name of `var a, name T`). */
function packageVarSpecs(file: SourceFile, name: string): Node[] {
  const out: Node[] = [];
  for (const d of file.tree?.rootNode.namedChildren ?? []) {
    if (d?.type !== 'var_declaration') continue;
    for (const spec of d.descendantsOfType('var_spec')) if (spec && spec.childrenForFieldName('name').some((n) => n?.text === name)) out.push(spec);
  }
  return out;
}

/** The keyword every function literal starts with (sticky scans start where a function does). */
const FUNC_KEYWORD = /\bfunc\b/g;

function setConstant(into: Map<string, number>, name: string, literal: string): void {
  const v = intText(literal);
  if (v !== undefined) into.set(name, v);
}

/** The value of a Go integer literal node (decimal, hex, octal, binary, with `_`), else undefined. */
export function intLiteral(n: Node): number | undefined {
  const u = unparen(n);
  return u.type === 'int_literal' ? intText(u.text) : undefined;
}

/** The value of the text of a Go integer literal, else undefined. */
function intText(text: string): number | undefined {
  const t = text.replace(/_/g, '').toLowerCase();
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
