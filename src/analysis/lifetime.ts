/**
 * How long what a function starts lives: whether it runs at most once per process (shared by the leak rules and the
 * nil-channel rule, which leave alone a goroutine stranded by code that runs once, as it ends with the process).
 */
import type { Node } from 'web-tree-sitter';
import { oncePerRun } from './channels';
import { isCommandFile, isProcessEntry, ONCE_DEPTH, type FuncInfo, type PackageIndex } from './funcs';

/**
 * Does `fn` run at most once per process? `main`/`init` of a command; a function or method of a command called only
 * from those; and, in any package, a function or method that only command handlers of a command-line framework call
 * or are (`&cobra.Command{RunE: func(…) error { return run() }}`, `cli.Command{Action: run}`: commands.ts), or only
 * functions that run once so, in its package or, for an exported one, in the other packages of the module
 * (`cmd/server`'s main calls `server.Run()`: importers.ts). A goroutine it strands is bounded and ends with the process (a command's `run()` that
 * times out and then exits), so it is not reported. Calls from tests exercise the function; they are not the
 * command's own runs. Each call must run once per run of its caller: outside loops, and in no function literal
 * but one run where it is written (`go func(){…}()`, `defer`, called at once) or a command's handler.
 */
export function oncePerProcess(index: PackageIndex, fn: FuncInfo, depth = ONCE_DEPTH): boolean {
  if (isProcessEntry(fn) || index.runsAsCommand(fn)) return true;
  if (depth === 0) return false;
  const command = isCommandFile(fn.file);
  const calls = index.callsTo(fn);
  const sites = calls.filter((c) => !c.file.path.endsWith('_test.go'));
  // A test binary is a process too: calls from several tests strand one goroutine each in it.
  if (index.testRuns(fn, calls) > 1) return false;
  const handlers = [...index.handlerRefsTo(fn), ...index.onceDoRefsTo(fn)];
  // In a library, and for a method anywhere, every use of the name outside tests must be one of these: no callback,
  // method value or table that runs it again and again.
  if ((!command || fn.recvType) && !index.namedUsesAre(fn, 1 + sites.length + handlers.length)) return false;
  if (!sites.every(({ call }) => callOncePerProcess(index, call, depth - 1, fn))) return false;
  // An exported function or method: its calls in the other packages of the module must run once so too.
  const outside = index.otherPackageRuns(fn, oncePerRun, (other, caller) => caller !== fn && oncePerProcess(other, caller, depth - 1));
  return outside !== undefined && sites.length + handlers.length + outside > 0;
}

/**
 * Does `call` run at most once per process: where it is written, or once per run of the function around it, which
 * (not `callee` itself, a recursion) runs once per process?
 */
export function callOncePerProcess(index: PackageIndex, call: Node, depth = ONCE_DEPTH, callee?: FuncInfo): boolean {
  const at = index.runsOnceIn(call, oncePerRun);
  if (at === 'process') return true;
  const caller = at && index.enclosing(call);
  return caller !== undefined && caller !== callee && oncePerProcess(index, caller, depth);
}

