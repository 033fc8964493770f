import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { nodeStartingAt } from './syntax';

/**
 * The nodes every rule starts from: channel makes and declarations, goroutine literals and timer calls.
 */
export interface FileSyntax {
  file: SourceFile;
  /** `make(chan T[, n])` calls, and makes of the package's named channel types (`type signal chan struct{}`). */
  makes: Node[];
  /** Named channel types the file declares at package level: `type signal chan struct{}`, `type C = chan int`. */
  chanTypes: string[];
  /** `var x chan T` specs (with or without a value). */
  varChans: Node[];
  /** `go func() {…}()`: the go statement and the literal's body. */
  goLiterals: { go: Node; body: Node }[];
  /** `time.X(…)` calls for the timer functions, with X. */
  timeCalls: { call: Node; name: string }[];
  /** Struct fields of channel type in named struct types: `type T struct { f chan X }`. */
  fieldChans: { decl: Node; type: string; names: string[] }[];
}

/** `type T struct { a, b chan X }`: the type name and the field names, when the field declaration is in one. */
function structFieldOf(decl: Node): { type: string; names: string[] } | undefined {
  const list = decl.parent;
  const st = list?.parent;
  const spec = st?.parent;
  if (list?.type !== 'field_declaration_list' || st?.type !== 'struct_type' || spec?.type !== 'type_spec') return undefined;
  const type = spec.childForFieldName('name')?.text;
  const names = decl.childrenForFieldName('name').flatMap((n) => (n ? [n.text] : []));
  return type && names.length ? { type, names } : undefined;
}

/** One pass over the text: `chan` (group 1), `go func` (group 2) or a timer call `time.X` (X in group 3). */
const TOKENS = /\b(chan)\b|\b(go)\s+func\b|\btime\.(NewTicker|NewTimer|Tick|After)\b/g;

/**
 * Find the nodes from their tokens: a regular expression finds candidate offsets in the text and
 * `descendantForIndex` climbs to the node, so the cost is per occurrence, not per node of the tree.
 */
function scan(file: SourceFile): FileSyntax {
  const out: FileSyntax = { file, makes: [], chanTypes: [], varChans: [], goLiterals: [], timeCalls: [], fieldChans: [] };
  const text = file.text;
  // The text first, so that a file is parsed only when one of the tokens occurs (most `time.` are not timers).
  if (file.tokenFree || !/\bchan\b|\bgo\s+func\b|\btime\./.test(text)) return out;
  const matches = [...text.matchAll(TOKENS)];
  if (matches.length === 0) return out;
  for (const m of matches) {
    const at = m.index!;
    const root = file.rootAt(at);
    if (!root) return out;
    if (m[1]) {
      const ct = nodeStartingAt(root, at, 'channel_type', 2) ?? nodeStartingAt(root, at - 2, 'channel_type', 3);
      const p = ct?.parent;
      if (!ct || !p) continue;
      if (p.type === 'var_spec' && p.childForFieldName('type')?.id === ct.id) out.varChans.push(p);
      else if (p.type === 'field_declaration' && p.childForFieldName('type')?.id === ct.id) {
        const at = structFieldOf(p);
        if (at) out.fieldChans.push({ decl: p, ...at });
      }
      else if ((p.type === 'type_spec' || p.type === 'type_alias') && p.childForFieldName('type')?.id === ct.id && p.parent?.parent?.type === 'source_file') {
        const name = p.childForFieldName('name')?.text;
        if (name) out.chanTypes.push(name);
      } else if (p.type === 'argument_list' && p.namedChild(0)?.id === ct.id) {
        const call = p.parent!;
        const fn = call.childForFieldName('function');
        if (fn?.type === 'identifier' && fn.text === 'make') out.makes.push(call);
      }
    } else if (m[2]) {
      const go = nodeStartingAt(root, at, 'go_statement', 2);
      const call = go?.namedChild(0);
      const lit = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
      const body = lit?.type === 'func_literal' ? lit.childForFieldName('body') : null;
      if (go && body) out.goLiterals.push({ go, body });
    } else {
      const sel = nodeStartingAt(root, at, 'selector_expression', 2);
      const call = sel?.parent;
      if (sel && call?.type === 'call_expression' && call.childForFieldName('function')?.id === sel.id) {
        out.timeCalls.push({ call, name: m[3] });
      }
    }
  }
  return out;
}

/**
 * `make(signal)` for a named channel type of the package (`type signal chan struct{}`): a channel make like
 * `make(chan struct{})`, found from the name in the text of the files that can leak.
 */
function namedMakes(fs: FileSyntax, names: readonly string[]): void {
  const { file } = fs;
  if (file.tokenFree) return;
  const re = new RegExp(`\\bmake\\(\\s*(?:${names.join('|')})\\s*[,)]`, 'g');
  for (const m of file.text.matchAll(re)) {
    const root = file.rootAt(m.index!);
    const call = root ? nodeStartingAt(root, m.index!, 'call_expression', 2) : undefined;
    const arg = call?.childForFieldName('arguments')?.namedChild(0);
    if (call && call.childForFieldName('function')?.text === 'make' && arg?.type === 'type_identifier' && names.includes(arg.text)) fs.makes.push(call);
  }
}

export const syntaxIndex: Fact<FileSyntax[]> = {
  key: 'syntax-index',
  compute: (pkg: Package) => {
    const out = pkg.files.map(scan);
    const names = [...new Set(out.flatMap((f) => f.chanTypes))];
    if (names.length > 0) for (const fs of out) namedMakes(fs, names);
    return out;
  },
};
