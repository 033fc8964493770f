import { initParser, parseGo } from '../source/parser';
import { isCommandHandler } from './commands';

beforeAll(() => initParser());

/** The names (or `literal@line`) of the function values in `text` that isCommandHandler accepts. */
function handlers(text: string): string[] {
  const tree = parseGo(text);
  try {
    const out: string[] = [];
    for (const n of tree.rootNode.descendantsOfType(['func_literal', 'identifier'])) {
      if (n && isCommandHandler(n)) out.push(n.type === 'func_literal' ? `literal@${n.startPosition.row + 1}` : n.text);
    }
    return out;
  } finally {
    tree.delete();
  }
}

describe('command handlers of command-line frameworks', () => {
  it('finds cobra handlers, literal or named, and not other fields', () => {
    const text = [
      'package cmd',
      'import "github.com/spf13/cobra"',
      'var a = &cobra.Command{Use: "a", RunE: func(*cobra.Command, []string) error { return nil }}',
      'var b = cobra.Command{PersistentPreRun: pre, Run: (run), Args: check}',
    ].join('\n');
    expect(handlers(text)).toEqual(['literal@3', 'pre', 'run']);
  });

  it('reads elided element types of slices and maps, and the versions of urfave/cli and ffcli', () => {
    const text = [
      'package cmd',
      'import (',
      '\tcli "github.com/urfave/cli/v3"',
      '\tv1 "github.com/urfave/cli"',
      '\t"github.com/peterbourgon/ff/v3/ffcli"',
      ')',
      'var cs = []*cli.Command{{Name: "x", Action: x}, {Before: y}}',
      'var m = map[string]v1.Command{"z": {Action: z}}',
      'var f = ffcli.Command{Exec: e}',
    ].join('\n');
    expect(handlers(text)).toEqual(['x', 'y', 'z', 'e']);
  });

  it('needs the framework: a type of the same name from another package, or no import, is not one', () => {
    const text = [
      'package cmd',
      'import cobra "example.com/mycobra"',
      'var a = &cobra.Command{RunE: run}',
      'var b = &cli.Command{Action: act}',
      'var c = []cobra.Command{{RunE: run2}}',
      'var d = struct{ RunE func() }{RunE: run3}',
    ].join('\n');
    expect(handlers(text)).toEqual([]);
  });
});
