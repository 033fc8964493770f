import type { Node } from 'web-tree-sitter';
import { enclosingFuncNode, unparen } from './syntax';

/**
 * Command-line frameworks whose command handlers run once per process: a program builds its command tree and
 * executes it once (`root.Execute()`, `app.Run(os.Args)`), and the framework runs the handlers of the one command
 * the process was started with. A handler is a function given to one of `fields` in a composite literal of one of
 * `types` of the framework's package (`&cobra.Command{RunE: func(…) error { … }}`, `cli.Command{Action: run}`).
 */
const FRAMEWORKS: readonly { path: RegExp; types: readonly string[]; fields: readonly string[] }[] = [
  {
    path: /^github\.com\/spf13\/cobra$/,
    types: ['Command'],
    fields: ['Run', 'RunE', 'PreRun', 'PreRunE', 'PostRun', 'PostRunE', 'PersistentPreRun', 'PersistentPreRunE', 'PersistentPostRun', 'PersistentPostRunE'],
  },
  { path: /^github\.com\/urfave\/cli(\/v\d+)?$/, types: ['Command', 'App'], fields: ['Action', 'Before', 'After'] },
  { path: /^github\.com\/peterbourgon\/ff(\/v\d+)?\/ffcli$/, types: ['Command'], fields: ['Exec'] },
];

/** Can a file of this text import one of the frameworks (a quick test before any tree is read)? */
export function mayUseCommandFramework(text: string): boolean {
  return text.includes('spf13/cobra') || text.includes('urfave/cli') || text.includes('/ffcli"');
}

/** The import paths of a file's imports named `name` (by alias, or by the last element of the path). */
function importsNamed(root: Node, name: string): string[] {
  const out: string[] = [];
  for (const d of root.namedChildren) {
    if (d?.type === 'package_clause' || d?.type === 'comment') continue;
    if (d?.type !== 'import_declaration') break;
    for (const spec of d.descendantsOfType('import_spec')) {
      const alias = spec?.childForFieldName('name')?.text;
      const path = spec?.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
      // The package name of `…/cli/v2` is `cli`: a major version element does not name the package.
      const elems = path.split('/');
      const last = /^v\d+$/.test(elems[elems.length - 1]) && elems.length > 1 ? elems[elems.length - 2] : elems[elems.length - 1];
      if ((alias ?? last) === name) out.push(path);
    }
  }
  return out;
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
 * Is `value` (a function literal or a function's name) the handler of a command of a command-line framework: the
 * value of a handler field in a composite literal of the framework's command type? Such a handler runs at most once
 * per process (see FRAMEWORKS).
 */
export function isCommandHandler(value: Node): boolean {
  let v = value;
  while (v.parent?.type === 'parenthesized_expression') v = v.parent;
  const elem = v.parent;
  const keyed = elem?.type === 'literal_element' ? elem.parent : undefined;
  if (keyed?.type !== 'keyed_element' || keyed.childForFieldName('value')?.id !== elem!.id) return false;
  const k = keyed.childForFieldName('key')?.namedChild(0);
  const key = k ? unparen(k) : undefined;
  const type = keyed.parent?.type === 'literal_value' ? literalType(keyed.parent) : undefined;
  if (key?.type !== 'identifier' || type?.type !== 'qualified_type') return false;
  const pkg = type.childForFieldName('package')?.text ?? '';
  const name = type.childForFieldName('name')?.text ?? '';
  const paths = importsNamed(value.tree.rootNode, pkg);
  return FRAMEWORKS.some((f) => f.types.includes(name) && f.fields.includes(key.text) && paths.some((p) => f.path.test(p)));
}

/**
 * Does `n` run once per run of the function declaration around it ('caller'), or once per run of a command's
 * handler ('handler')? `once(m)` says whether `m` runs once per run of the function (literal or declaration) around
 * it: no loop between them repeats it. A function literal on the way up must be a command's handler or run where it
 * is written (`go func(){…}()`, `defer func(){…}()`, `func(){…}()`); undefined otherwise (a callback may run any
 * number of times), or when a loop repeats `n`.
 */
export function runsOnceIn(n: Node, once: (m: Node) => boolean): 'caller' | 'handler' | undefined {
  for (let at = n; ; ) {
    if (!once(at)) return undefined;
    const f = enclosingFuncNode(at);
    if (!f) return undefined;
    if (f.type !== 'func_literal') return 'caller';
    if (isCommandHandler(f)) return 'handler';
    const call = f.parent;
    if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== f.id) return undefined;
    at = call;
  }
}
