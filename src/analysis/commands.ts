import type { Node, Tree } from 'web-tree-sitter';
import { SourceFile } from '../source/source';
import { enclosingFuncNode, escapeRe, fileImports, literalRunBy, loopAround, nodeStartingAt, parentOf, unparen } from './syntax';

/**
 * Command-line frameworks whose command handlers run once per process: a program builds its command tree and
 * executes it once (`root.Execute()`, `app.Run(os.Args)`), and the framework runs the handlers of the one command
 * the process was started with. A handler is a function given to one of `fields` in a composite literal of one of
 * `types` of the framework's package (`&cobra.Command{RunE: func(…) error { … }}`, `cli.Command{Action: run}`), or
 * assigned to that field of a local made so or by one of its `constructors` (`app := cli.NewApp(); app.Action = run`).
 */
const FRAMEWORKS: readonly { path: RegExp; types: readonly string[]; fields: readonly string[]; constructors?: readonly string[] }[] = [
  {
    path: /^github\.com\/spf13\/cobra$/,
    types: ['Command'],
    fields: ['Run', 'RunE', 'PreRun', 'PreRunE', 'PostRun', 'PostRunE', 'PersistentPreRun', 'PersistentPreRunE', 'PersistentPostRun', 'PersistentPostRunE'],
  },
  { path: /^github\.com\/(urfave|codegangsta)\/cli(\/v\d+)?$/, types: ['Command', 'App'], fields: ['Action', 'Before', 'After'], constructors: ['NewApp'] },
  { path: /^github\.com\/peterbourgon\/ff(\/v\d+)?\/ffcli$/, types: ['Command'], fields: ['Exec'] },
];

/**
 * Test frameworks whose suite hooks run once per test process: a function given to one of `hooks` of the package
 * (`ginkgo.BeforeSuite(func() { … })`, or by a dot import) is run once by the suite, like a command's handler.
 */
const SUITES: readonly { path: RegExp; hooks: readonly string[] }[] = [
  { path: /^github\.com\/onsi\/ginkgo(\/v2)?$/, hooks: ['BeforeSuite', 'AfterSuite', 'SynchronizedBeforeSuite', 'SynchronizedAfterSuite'] },
];

/** Can a file of this text import one of the frameworks (a quick test before any tree is read)? */
export function mayUseCommandFramework(text: string): boolean {
  return FRAMEWORK_TEXT.test(text);
}

/** Any of the frameworks' import paths, anywhere in a text: one pass over it rather than one per path. */
const FRAMEWORK_TEXT = /spf13\/cobra|(urfave|codegangsta)\/cli|\/ffcli"|onsi\/ginkgo|"github\.com\/jessevdk\/go-flags"|"github\.com\/(google|maruel)\/subcommands"/;

const GO_FLAGS = '"github.com/jessevdk/go-flags"';

/**
 * A go-flags command: the `Execute(args []string) error` method of a type that a struct field of the package
 * declares as a command (`Login LoginCommand \`command:"login"\``), in a package that imports
 * github.com/jessevdk/go-flags. The parser runs the one command the process was started with, once, like a cobra
 * handler. `files` are the package's files.
 */
export function isFlagsCommand(fn: { name: string; recvType?: string; node: Node }, files: readonly { text: string; path: string }[]): boolean {
  if (!flagsExecute(fn)) return false;
  const sources = files.filter((f) => !f.path.endsWith('_test.go'));
  if (!sources.some((f) => f.text.includes(GO_FLAGS))) return false;
  const field = new RegExp(`^\\s*[\\p{L}_][\\p{L}\\p{N}_]*\\s+\\*?${escapeRe(fn.recvType!)}\\s+\`[^\`\\n]*\\bcommand:"`, 'mu');
  return sources.some((f) => f.text.includes('command:"') && field.test(f.text));
}

/**
 * A go-flags command added to a parser by value: the `Execute(args []string) error` method of a type T that a file
 * importing github.com/jessevdk/go-flags hands to `AddCommand(name, short, long, &T{…})` (`&pkg.T{…}`, or `new(T)`),
 * in the package or in one of its module that imports it (`texts`, read only when the method fits). The parser runs the
 * one command the process was started with, once.
 */
export function isAddedFlagsCommand(fn: { name: string; recvType?: string; node: Node }, texts: () => readonly string[]): boolean {
  if (!flagsExecute(fn)) return false;
  const t = escapeRe(fn.recvType!);
  const added = new RegExp(`\\.\\s*AddCommand\\s*\\([^;{}]*?(?:&\\s*(?:[\\p{L}_][\\p{L}\\p{N}_]*\\s*\\.\\s*)?${t}\\s*\\{|new\\s*\\(\\s*(?:[\\p{L}_][\\p{L}\\p{N}_]*\\s*\\.\\s*)?${t}\\s*\\))`, 'u');
  return texts().some((text) => text.includes(GO_FLAGS) && text.includes('AddCommand') && added.test(text));
}

/** `func (c *T) Execute(args []string) error`: the method a go-flags command has. */
function flagsExecute(fn: { name: string; recvType?: string; node: Node }): boolean {
  if (fn.name !== 'Execute' || !fn.recvType) return false;
  const params = parameterDeclarations(fn.node);
  return params.length === 1 && params[0]!.childForFieldName('type')?.text === '[]string' && fn.node.childForFieldName('result')?.text === 'error';
}

/** The parameter declarations of a function (`a, b int` is one). */
function parameterDeclarations(fnNode: Node): Node[] {
  return fnNode.childForFieldName('parameters')?.namedChildren.filter((p): p is Node => p?.type === 'parameter_declaration') ?? [];
}

const SUBCOMMANDS = 'github.com/google/subcommands';

/**
 * A google/subcommands command: a method `Execute(…) subcommands.ExitStatus` (the result written with the file's name
 * for the package). `subcommands.Execute(ctx)` runs the one command the process was started with, once, like a cobra
 * handler.
 */
export function isSubcommand(fn: { name: string; recvType?: string; node: Node }): boolean {
  if (fn.name !== 'Execute' || !fn.recvType) return false;
  return qualifiedFrom(fn.node.childForFieldName('result'), 'ExitStatus', SUBCOMMANDS);
}

/** Is the written type `t` the type `name` of the package at `path`, by the name the file imports it as (`pkg.T`)? */
function qualifiedFrom(t: Node | null | undefined, name: string, path: string): boolean {
  if (t?.type !== 'qualified_type' || t.childForFieldName('name')?.text !== name) return false;
  const pkg = t.childForFieldName('package')?.text;
  return fileImports(t.tree.rootNode).some((i) => i.path === path && i.name === pkg);
}

const MARUEL_SUBCOMMANDS = 'github.com/maruel/subcommands';

/**
 * A maruel/subcommands command: a method `Run(a subcommands.Application, args []string, env subcommands.Env) int` (the
 * types written with the file's name for the package). `subcommands.Run(app, args)` runs the one command the process
 * was started with, once, like a cobra handler.
 */
export function isMaruelCommand(fn: { name: string; recvType?: string; node: Node }): boolean {
  if (fn.name !== 'Run' || !fn.recvType || fn.node.childForFieldName('result')?.text !== 'int') return false;
  const params = parameterDeclarations(fn.node);
  return params.length === 3 && qualifiedFrom(params[0]?.childForFieldName('type'), 'Application', MARUEL_SUBCOMMANDS);
}

/** `ginkgo.BeforeSuite(value)`: is `value` an argument of a suite hook of a test framework (SUITES)? */
function isSuiteHook(value: Node): boolean {
  const args = value.parent;
  const call = args?.type === 'argument_list' ? args.parent : undefined;
  const f = call?.type === 'call_expression' ? call.childForFieldName('function') : undefined;
  if (!f) return false;
  const pkg = f.type === 'selector_expression' ? f.childForFieldName('operand')?.text : f.type === 'identifier' ? '.' : undefined;
  const name = f.type === 'selector_expression' ? f.childForFieldName('field')?.text : f.text;
  if (pkg === undefined || name === undefined) return false;
  const paths = fileImports(value.tree.rootNode).filter((i) => i.name === pkg).map((i) => i.path);
  return SUITES.some((s) => s.hooks.includes(name) && paths.some((p) => s.path.test(p)));
}

/**
 * The type of the value a composite literal's body makes: written (`cli.Command{…}`), or elided inside the literal
 * of a slice, array or map (`[]*cli.Command{{…}}`); a pointer's element for `&T{…}` elided as `{…}`.
 */
function literalType(body: Node): Node | undefined {
  const parent = body.parent;
  if (parent?.type === 'composite_literal') return parent.childForFieldName('type') ?? undefined;
  if (parent?.type !== 'literal_element' || parent.parent?.type === 'keyed_element' && parent.parent.childForFieldName('key')?.id === parent.id) return undefined;
  const outer = parent.parent?.type === 'keyed_element' ? parent.parent.parent : parent.parent;
  let t = outer?.type === 'literal_value' ? literalType(outer) : undefined;
  if (t?.type === 'slice_type' || t?.type === 'array_type') t = t.childForFieldName('element') ?? undefined;
  else if (t?.type === 'map_type') t = t.childForFieldName('value') ?? undefined;
  else return undefined;
  return t?.type === 'pointer_type' ? t.namedChild(0) ?? undefined : t;
}

/**
 * Is `value` (a function literal, a function's name or a method value) the handler of a command of a command-line
 * framework: the value of a handler field in a composite literal of the framework's command type
 * (`&cobra.Command{RunE: run}`), or assigned to that field of a local made so in the same function
 * (`cmd := &cobra.Command{}; cmd.RunE = c.run`)? Such a handler runs at most once per process (see FRAMEWORKS); so
 * does a test framework's suite hook (`ginkgo.BeforeSuite(func() { … })`: SUITES), once per test process.
 */
export function isCommandHandler(value: Node): boolean {
  let v = value;
  while (v.parent?.type === 'parenthesized_expression') v = v.parent;
  const elem = v.parent;
  if (elem?.type === 'argument_list') return isSuiteHook(v) || isWrappedHandler(v, elem);
  if (elem?.type === 'expression_list') return isAssignedHandler(v, elem);
  const keyed = elem?.type === 'literal_element' ? elem.parent : undefined;
  if (keyed?.type !== 'keyed_element' || keyed.childForFieldName('value')?.id !== elem!.id) return false;
  const k = keyed.childForFieldName('key')?.namedChild(0);
  const key = k ? unparen(k) : undefined;
  const type = keyed.parent?.type === 'literal_value' ? literalType(keyed.parent) : undefined;
  return key?.type === 'identifier' && isHandlerField(value, type, key.text);
}

/**
 * `RunE: wrap(func(cmd *cobra.Command, args []string) error { … })`: a function literal handed to a call that is
 * itself in a handler's place, a wrapper that returns the handler (logging, error reporting). The wrapper runs it
 * when the command runs, once, unless it is declared in the same file and calls the literal's parameter inside a
 * loop (a retrying wrapper); a wrapper of another file or package is taken at its word.
 */
/** The first declaration of function `name` in the file `tree` was parsed from. */
function functionNamed(tree: Tree, name: string): Node | undefined {
  const file = SourceFile.of(tree);
  if (!file) return undefined;
  for (const m of file.text.matchAll(new RegExp(`\\bfunc\\s+${escapeRe(name)}\\b`, 'g'))) {
    const root = file.rootAt(m.index!);
    const decl = root && nodeStartingAt(root, m.index!, 'function_declaration', 3);
    if (decl?.childForFieldName('name')?.text === name) return decl;
  }
  return undefined;
}

function isWrappedHandler(value: Node, args: Node): boolean {
  if (value.type !== 'func_literal') return false;
  const call = args.parent;
  if (call?.type !== 'call_expression' || args.namedChildren.filter((a) => a?.type === 'func_literal').length !== 1) return false;
  if (!isCommandHandler(call)) return false;
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier') return true;
  const decl = functionNamed(value.tree, callee.text);
  if (!decl) return true;
  const position = args.namedChildren.findIndex((a) => a?.id === value.id);
  const params = (decl.childForFieldName('parameters')?.namedChildren ?? []).flatMap((p) => {
    const names = p?.childrenForFieldName('name').filter((n): n is Node => n !== null) ?? [];
    return names.length > 0 ? names.map((n) => n.text) : [''];
  });
  const param = params[position];
  if (!param) return false;
  const body = decl.childForFieldName('body');
  return !(body?.descendantsOfType('call_expression') ?? []).some((c) => c?.childForFieldName('function')?.text === param && loopAround(c) !== undefined);
}

/**
 * Is `field` a handler field of a framework's command type as the file imports it: `type` (`cobra.Command`), or, with
 * `constructed`, the type one of the framework's constructors returns (`cli.NewApp`)?
 */
function isHandlerField(at: Node, type: Node | null | undefined, field: string, constructed = false): boolean {
  if (type?.type !== 'qualified_type' && !(constructed && type?.type === 'selector_expression')) return false;
  const pkg = (type.type === 'qualified_type' ? type.childForFieldName('package') : type.childForFieldName('operand'))?.text ?? '';
  const name = (type.type === 'qualified_type' ? type.childForFieldName('name') : type.childForFieldName('field'))?.text ?? '';
  const paths = fileImports(at.tree.rootNode).filter((i) => i.name === pkg).map((i) => i.path);
  return FRAMEWORKS.some((f) => (constructed ? f.constructors?.includes(name) : f.types.includes(name)) && f.fields.includes(field) && paths.some((p) => f.path.test(p)));
}

/**
 * `cmd.RunE = value`, the one value of the assignment, where `cmd` is a local of the same function declared with a
 * composite literal of a framework's command type (`cmd := &cobra.Command{…}`, `var cmd = cobra.Command{}`) or a call
 * of one of its constructors with no arguments (`app := cli.NewApp()`).
 */
function isAssignedHandler(value: Node, list: Node): boolean {
  const assign = list.parent;
  if (assign?.type !== 'assignment_statement' || assign.childForFieldName('right')?.id !== list.id || list.namedChildCount !== 1) return false;
  const left = assign.childForFieldName('left');
  const target = left?.namedChildCount === 1 ? left.namedChild(0) : null;
  const holder = target?.type === 'selector_expression' ? target.childForFieldName('operand') : null;
  const field = target?.childForFieldName('field')?.text;
  if (holder?.type !== 'identifier' || !field) return false;
  const fn = enclosingFuncNode(assign);
  if (!fn) return false;
  // The local's declarations in the function, by name: each must make the command type.
  const decls = fn.descendantsOfType(['short_var_declaration', 'var_spec']).filter((d): d is Node => d !== null && (d.childForFieldName('left') ?? d).namedChildren.some((n) => n?.type === 'identifier' && n.text === holder.text && n.id !== holder.id));
  if (decls.length !== 1) return false;
  const d = decls[0];
  const names = (d.type === 'var_spec' ? d.childrenForFieldName('name') : d.childForFieldName('left')?.namedChildren ?? []).filter((n): n is Node => n !== null);
  const i = names.findIndex((n) => n.text === holder.text);
  const values = d.type === 'var_spec' ? d.childForFieldName('value')?.namedChildren : d.childForFieldName('right')?.namedChildren;
  let made = i >= 0 ? values?.[i] : undefined;
  if (made?.type === 'unary_expression' && made.childForFieldName('operator')?.type === '&') made = made.childForFieldName('operand');
  if (made?.type === 'call_expression' && made.childForFieldName('arguments')?.namedChildCount === 0) return isHandlerField(value, made.childForFieldName('function'), field, true);
  return made?.type === 'composite_literal' && isHandlerField(value, made.childForFieldName('type'), field);
}

/**
 * A function literal held in a local (`check := func(…) { … }`, the only name declared) whose every use is a call in
 * the same function that `once` accepts (no loop repeats it): it runs a fixed number of times per run of that
 * function, as the calls are written. The declaring statement (where the count goes on from), or undefined.
 */
function heldLiteralCalls(lit: Node, once: (m: Node) => boolean): Node | undefined {
  const list = lit.parent;
  const decl = list?.type === 'expression_list' ? list.parent : undefined;
  if (decl?.type !== 'short_var_declaration' || list!.namedChildCount !== 1) return undefined;
  const left = decl.childForFieldName('left');
  const name = left?.namedChildCount === 1 ? left.namedChild(0) : null;
  const outer = enclosingFuncNode(decl);
  if (name?.type !== 'identifier' || !outer) return undefined;
  let calls = 0;
  for (const id of outer.descendantsOfType('identifier')) {
    if (!id || id.text !== name.text || id.id === name.id) continue;
    const call = id.parent;
    if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== id.id) return undefined;
    if (enclosingFuncNode(call)?.id !== outer.id || !once(call)) return undefined;
    calls++;
  }
  return calls > 0 ? decl : undefined;
}

/**
 * Does `n` run once per run of the function declaration around it ('caller'), or at most once per process ('process':
 * once per run of a command's handler, or in a function literal that `perProcess` accepts, such as the one a
 * package-level `sync.Once` runs)? `once(m)` says whether `m` runs once per run of the function (literal or
 * declaration) around it: no loop between them repeats it. A function literal on the way up must be a command's
 * handler, one `perProcess` accepts, or run where it is written (`go func(){…}()`, `defer func(){…}()`, `func(){…}()`,
 * `g.Go(func() error {…})`);
 * undefined otherwise (a callback may run any number of times), or when a loop repeats `n`. `handlers: false` leaves
 * command handlers out (for a package that imports no command-line framework).
 */
export function runsOnceIn(n: Node, once: (m: Node) => boolean, perProcess?: (literal: Node) => boolean, handlers = true): 'caller' | 'process' | undefined {
  for (let at = n; ; ) {
    if (!once(at)) return undefined;
    const f = enclosingFuncNode(at);
    if (!f) return undefined;
    if (f.type !== 'func_literal') return 'caller';
    if ((handlers && isCommandHandler(f)) || perProcess?.(f)) return 'process';
    const call = parentOf(f);
    if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== f.id) {
      // `check := func(…) { … }; check(a); check(b)`: runs as often as those calls, written where it is declared.
      const held = heldLiteralCalls(f, once);
      if (held) {
        at = held;
        continue;
      }
      // `g.Go(func() error { … })`, `time.AfterFunc(d, func() { … })`: those APIs run the literal once, where written.
      const run = call?.type === 'argument_list' ? literalRunBy(f) : undefined;
      if (!run) return undefined;
      at = run.stmt;
      continue;
    }
    at = call;
  }
}
