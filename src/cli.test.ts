import { rules } from './registry';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import type { Rule } from './rule';
import abandonedSend from '../rules/abandoned-send';
import { run, type CliIO } from './cli';
import { removeTempTrees, tempTree } from './testing/temp-tree';

// Spawned tests run the built CLI: `npm test` builds first (or run `npx tsc -p tsconfig.json`).
const BIN = path.join(__dirname, '../bin/golint-chan');

/** A stand-in rule that reports every channel send, so exit codes and outputs can be tested. */
const everySend: Rule<'send'> = {
  meta: { ...abandonedSend.meta, messages: { send: 'test send on {{ch}}' } },
  check(ctx) {
    for (const file of ctx.pkg.files) {
      for (const node of file.tree!.rootNode.descendantsOfType('send_statement') as Node[]) {
        ctx.report({ file, node, messageId: 'send', data: { ch: node.childForFieldName('channel')!.text } });
      }
    }
  },
};

/** The example of the task: the send on line 5 leaks when the timeout wins. */
const LEAK = `package p
import "time"
func Get(d time.Duration) int {
\tch := make(chan int)
\tgo func() { ch <- 1 }()
\tselect {
\tcase v := <-ch:
\t\treturn v
\tcase <-time.After(d):
\t\treturn 0
\t}
}
`;
const CLEAN = 'package p\n\nfunc F() int { return 1 }\n';

let root: string;
const tree = (files: Record<string, string>) => tempTree('glc-cli-', files);

function cli(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run in-process with the fake rule, capturing the output. */
async function runFake(args: string[], io: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    rules: [everySend],
    io: { cwd: root, env: {}, isTTY: false, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), ...io },
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  root = tree({
    'go.mod': 'module m\n',
    'main.go': CLEAN,
    'a/a.go': 'package a\n\nfunc A(ch chan int) { ch <- 1 }\n',
    'a/a_test.go': 'package a\n\nfunc T(ch chan int) { ch <- 2 }\n',
    'vendor/v/v.go': 'package v\n\nfunc V(ch chan int) { ch <- 3 }\n',
    'testdata/t.go': 'package t\n\nfunc T(ch chan int) { ch <- 4 }\n',
    '_x/x.go': 'package x\n\nfunc X(ch chan int) { ch <- 5 }\n',
    '.x/x.go': 'package x\n\nfunc X(ch chan int) { ch <- 6 }\n',
    'sub/go.mod': 'module m/sub\n',
    'sub/s.go': 'package s\n\nfunc S(ch chan int) { ch <- 7 }\n',
    'bad/bad.go': 'package bad\n\nfunc B(ch chan int {\n',
  });
});

afterAll(removeTempTrees);

describe('end to end with the real rule', () => {
  it('reports the abandoned send of the select-with-timeout example', () => {
    const dir = tree({ 'p.go': LEAK });
    const r = cli(['--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'abandoned-send', file: 'p.go', line: 5 })]);
  });
});

describe('spawned CLI', () => {
  it('lints ./... with go semantics and exits 0 when clean', () => {
    const r = cli(['--format', 'json', './...']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.stats).toEqual({ files: 4, packages: 3 }); // ., a (with a_test.go), bad
    expect(doc.notifications).toEqual([expect.objectContaining({ kind: 'parse-error', file: 'bad/bad.go', line: 3 })]);
    expect(r.stderr).toBe('');
  });

  it('prints notifications to stderr in text mode without changing the exit code', () => {
    const r = cli(['./bad']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^golint-chan: warning: bad\/bad\.go:3:\d+: syntax error/);
  });

  it('lints the cwd package with no arguments, an explicit testdata path and single files', () => {
    expect(JSON.parse(cli(['--format', 'json'], { cwd: path.join(root, 'a') }).stdout).stats).toEqual({ files: 2, packages: 1 });
    expect(JSON.parse(cli(['--format', 'json', './testdata', 'a/a.go']).stdout).stats).toEqual({ files: 2, packages: 2 });
  });

  it.each([
    [['--bogus'], /Unknown argument: bogus/],
    [['./missing'], /"\.\/missing": no such file or directory/],
    [['--format', 'xml'], /Invalid values/],
    [['--enable', 'no-such-rule'], /unknown rule "no-such-rule"/],
    [['--disable', 'no-such-rule'], /unknown rule "no-such-rule"/],
    [['explain', 'no-such-rule'], /unknown rule "no-such-rule"/],
    [['--stdin'], /--stdin needs --stdin-filename/],
  ])('exits 2 on usage error %j', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('warns about a pattern that matches nothing and exits 0', () => {
    const empty = tree({ 'docs/readme.md': 'x' });
    const r = cli(['./docs/...'], { cwd: empty });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('golint-chan: warning: "./docs/..." matched no packages\n');
  });

  it('lists and explains rules', () => {
    const list = cli(['--list-rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^abandoned-send\s+warning\s+high\s+goroutine sends on a channel/m);
    expect(cli(['rules']).stdout).toBe(list.stdout);
    const md = cli(['rules', '--markdown']).stdout.split('\n');
    expect(md[0]).toBe('| Rule | Summary | Severity | Precision |');
    expect(md).toContain(
      '| [abandoned-send](rules/abandoned-send/doc.md) | goroutine sends on a channel whose receiver can stop receiving first | warning | high |',
    );
    const explain = cli(['explain', 'abandoned-send']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toBe(fs.readFileSync(path.join(__dirname, '../rules/abandoned-send/doc.md'), 'utf8'));
  });

  it('prints the version and the help', () => {
    expect(cli(['--version']).stdout).toBe(`${JSON.parse(fs.readFileSync(path.join(__dirname, '../package.json'), 'utf8')).version}\n`);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--stdin-filename');
    expect(help.stdout).toContain('golint-chan explain <rule>');
  });

  it('writes the report to -o', () => {
    const r = cli(['--format', 'sarif', '-o', 'out/report.sarif', './a']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const log = JSON.parse(fs.readFileSync(path.join(root, 'out/report.sarif'), 'utf8'));
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(rules.map((x) => x.meta.id));
    expect(log.runs[0].results).toEqual([]);
  });

  it('exits once the run is done even when a handle stays open', () => {
    // A preloaded module keeps the event loop alive forever; the run must still end, with its exit code.
    const keepAlive = path.join(tempTree('golint-chan-keepalive-', { 'keep-alive.js': 'setInterval(() => {}, 1000);\n' }), 'keep-alive.js');
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--require', keepAlive, BIN, 'testdata/demo/...'], { cwd: path.join(__dirname, '..'), encoding: 'utf8', timeout: 30000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/abandoned-send/);
    expect(Date.now() - t0).toBeLessThan(20000);
  });

  it('reports a syntax error in a file that cannot leak only with --strict, which parses every file', () => {
    const dir = tempTree('glc-strict-', { 'go.mod': 'module m\n', 'p/ok.go': 'package p\n\nfunc A(ch chan int) { ch <- 1 }\n', 'p/util.go': 'package p\n\nfunc B( {\n' });
    expect(cli(['./...'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    const strict = cli(['--strict', './...'], { cwd: dir });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/^golint-chan: warning: p\/util\.go:3:\d+: syntax error/);
  });

  it('lints stdin quietly', () => {
    const r = cli(['--stdin', '--stdin-filename', 'bad/other.go'], { input: CLEAN });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' }); // bad/bad.go's parse error is not about this file
  });
});

describe('in-process CLI with a fake rule', () => {
  it('exits 1 with findings and prints go vet lines', async () => {
    const r = await runFake(['./...']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('a/a.go:3:23: test send on ch (abandoned-send)\na/a_test.go:3:23: test send on ch (abandoned-send)\n');
    expect(r.stderr).toMatch(/^golint-chan: warning: bad\/bad\.go:3:\d+: syntax error/);
  });

  it('runs only the enabled rules', async () => {
    expect((await runFake(['--disable', 'abandoned-send', './a'])).code).toBe(0);
    expect((await runFake(['--disable', 'abandoned-send', '--enable', 'abandoned-send', './a'])).code).toBe(0);
    expect((await runFake(['--enable', 'abandoned-send', './a'])).code).toBe(1);
  });

  it('puts notifications in the json and sarif output', async () => {
    const json = await runFake(['--format', 'json', './a', './bad']);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).notifications).toEqual([expect.objectContaining({ kind: 'parse-error', file: 'bad/bad.go' })]);
    const sarif = await runFake(['--format', 'sarif', './a', './bad']);
    const run0 = JSON.parse(sarif.stdout).runs[0];
    expect(run0.invocations[0].toolExecutionNotifications).toHaveLength(1);
    expect(run0.results).toHaveLength(2);
    expect(run0.results[0].partialFingerprints.primaryLocationLineHash).toMatch(/:1$/);
  });

  it('colors text only on a terminal without NO_COLOR or --no-color', async () => {
    const tty = { isTTY: true };
    expect((await runFake(['./a'], tty)).stdout).toContain('\x1b[');
    expect((await runFake(['./a'], { ...tty, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await runFake(['--no-color', './a'], tty)).stdout).not.toContain('\x1b[');
    expect((await runFake(['./a'])).stdout).not.toContain('\x1b[');
  });

  it('lints the stdin buffer instead of the file on disk, with its package, and reports only that file', async () => {
    const dir = tree({ 'p/a.go': CLEAN, 'p/b.go': 'package p\n\nfunc B(ch chan int) { ch <- 1 }\n' });
    const buffer = 'package p\n\n\nfunc A(c chan int) { c <- 1 }\n';
    const r = await runFake(['--stdin', '--stdin-filename', 'p/a.go'], { cwd: dir, readStdin: async () => buffer });
    expect(r).toEqual({ code: 1, stdout: 'p/a.go:4:22: test send on c (abandoned-send)\n', stderr: '' });
    const clean = await runFake(['--stdin', '--stdin-filename', 'p/b.go'], { cwd: dir, readStdin: async () => CLEAN });
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 2 when a rule crashes', async () => {
    const crash: Rule = { meta: abandonedSend.meta, check: () => { throw new Error('boom'); } };
    let stdout = '';
    const code = await run(['./a'], { rules: [crash], io: { cwd: root, env: {}, isTTY: false, stdout: (s) => void (stdout += s), stderr: () => undefined } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });
});

describe('Go-tool conventions: --path-mode, --issues-exit-code', () => {
  it('--path-mode=abs prints absolute paths in text and JSON (vscode-go passes it to golangci-lint)', () => {
    const dir = tree({ 'go.mod': 'module m\n', 'p/p.go': LEAK });
    const text = cli(['--path-mode=abs', './...'], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`^${path.join(dir, 'p/p.go').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:\\d+: `, 'm'));
    expect(JSON.parse(cli(['--path-mode', 'abs', '--format', 'json', './...'], { cwd: dir }).stdout).findings[0].file).toBe(path.join(dir, 'p/p.go'));
    expect(cli(['./...'], { cwd: dir }).stdout).toMatch(/^p\/p\.go:5:/m);
    expect(cli(['--path-mode', 'weird', './...'], { cwd: dir }).code).toBe(2);
  });

  it('--issues-exit-code N is the exit code when there are findings (0 for vscode-go), never for errors', () => {
    const dir = tree({ 'go.mod': 'module m\n', 'p.go': LEAK, 'clean/c.go': CLEAN });
    expect(cli(['--issues-exit-code', '0', '.'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
    expect(cli(['--issues-exit-code=3', '.'], { cwd: dir }).code).toBe(3);
    expect(cli(['--issues-exit-code=3', './clean'], { cwd: dir }).code).toBe(0);
    expect(cli(['--issues-exit-code=-1', '.'], { cwd: dir }).code).toBe(2);
    expect(cli(['--issues-exit-code=0', '--no-such-flag', '.'], { cwd: dir }).code).toBe(2);
  });
});
