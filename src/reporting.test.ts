/**
 * End to end for issue 5 items 1–5: spawn the built CLI (`npx tsc -p tsconfig.json` first) in
 * temporary directories holding small Go packages whose one finding comes from abandoned-send.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { removeTempTrees, tempTree } from './testing/temp-tree';

const BIN = path.join(__dirname, '../bin/golint-chan');

/** abandoned-send reports the send on line 7 (the receiver gives up on line 11). */
function leak(opts: { header?: string; before7?: string; after7?: string } = {}): string {
  return `${opts.header ?? ''}package p

import "time"

func Get(d time.Duration) int {
	ch := make(chan int)
${opts.before7 ?? ''}	go func() { ch <- 1 }()${opts.after7 ?? ''}
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		return 0
	}
}
`;
}

afterAll(removeTempTrees);
const tree = (files: Record<string, string>) => tempTree('glc-report-', files);

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GO_MOD = 'module example.com/m\n\ngo 1.22\n';

it('the fixture really leaks (so the tests below can fail)', () => {
  const r = cli(tree({ 'go.mod': GO_MOD, 'a.go': leak() }), './...');
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^a\.go:7:\d+: .*\(abandoned-send\)\n/);
});

describe('1. suppressions', () => {
  it('an inline //nolint hides the finding; --include-suppressed keeps it marked, in SARIF with suppressions[]', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'a.go': leak({ after7: ' //nolint:abandoned-send // drained by the caller' }) });
    expect(cli(dir, './...')).toMatchObject({ code: 0, stdout: '' });
    const text = cli(dir, '--include-suppressed', './...');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('(abandoned-send) [suppressed: drained by the caller]');
    const sarif = JSON.parse(cli(dir, '--include-suppressed', '--format', 'sarif', './...').stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([{ kind: 'inSource', justification: 'drained by the caller' }]);
    expect(JSON.parse(cli(dir, '--format', 'sarif', './...').stdout).runs[0].results).toEqual([]);
  });

  it('a //nolint above the function covers its body; a blank line in between does not', () => {
    const block = leak().replace('func Get', '//nolint:golint-chan\nfunc Get');
    expect(cli(tree({ 'go.mod': GO_MOD, 'a.go': block }), './...').code).toBe(0);
    const broken = leak().replace('func Get', '//nolint:golint-chan\n\nfunc Get');
    expect(cli(tree({ 'go.mod': GO_MOD, 'a.go': broken }), './...').code).toBe(1);
  });

  it('//golintchan:file-ignore covers the file; a reason is required', () => {
    const ok = leak({ header: '//golintchan:file-ignore abandoned-send legacy code, see #12\n' });
    expect(cli(tree({ 'go.mod': GO_MOD, 'a.go': ok }), './...').code).toBe(0);
    const bare = cli(tree({ 'go.mod': GO_MOD, 'a.go': leak({ before7: '\t//golintchan:ignore abandoned-send\n' }) }), './...');
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(/warning: a\.go:7:2: \/\/golintchan:ignore needs a reason/);
  });

  it('--report-unused-directives reports a directive that suppressed nothing, and exits 1', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'a.go': 'package p\n\nfunc F() int {\n\treturn 1 //nolint:abandoned-send\n}\n' });
    expect(cli(dir, './...')).toMatchObject({ code: 0, stderr: '' });
    const r = cli(dir, '--report-unused-directives', './...');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('golint-chan: warning: a.go:4:11: "//nolint:abandoned-send" suppressed nothing; remove it\n');
  });

  it('unused directives are quoted as written; removal is offered only when every name is ours', () => {
    const src = 'package p\n\nfunc F() int {\n\t_ = 0 //nolint:Abandoned-Send // why\n\treturn 1 //nolint:golint-chan,errcheck\n}\n';
    const r = cli(tree({ 'go.mod': GO_MOD, 'a.go': src }), '--report-unused-directives', './...');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'golint-chan: warning: a.go:4:8: "//nolint:Abandoned-Send // why" suppressed nothing; remove it\n' +
        'golint-chan: warning: a.go:5:11: "//nolint:golint-chan,errcheck" suppressed nothing for golint-chan (the other linters it names may still need it)\n',
    );
  });

  it('// nolint is not a directive: it suppresses nothing, and --report-unused-directives flags it (exit 1)', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'a.go': 'package p\n\nfunc F() int {\n\treturn 1 // nolint:abandoned-send\n}\n' });
    expect(cli(dir, './...')).toMatchObject({ code: 0, stderr: '' });
    const r = cli(dir, '--report-unused-directives', './...');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^golint-chan: warning: a\.go:4:11: "\/\/ nolint:abandoned-send" is not a directive/);
  });
});

describe('2. config file', () => {
  it('is found from a subdirectory upward and applies severities, exclusions and rule selection', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'svc/a.go': leak(), 'legacy/b.go': leak() });
    fs.writeFileSync(path.join(dir, '.golint-chan.yml'), "version: 1\nseverity: { abandoned-send: error }\nexclusions:\n  paths: ['^legacy/']\n");
    const r = cli(path.join(dir, 'svc'), '--format', 'json', '../...');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.map((f: { file: string; severity: string }) => [f.file, f.severity])).toEqual([['a.go', 'error']]);
    const sarif = JSON.parse(cli(dir, '--format', 'sarif', './...').stdout);
    expect(sarif.runs[0].results[0].level).toBe('error'); // differs from the rule default
    fs.writeFileSync(path.join(dir, '.golint-chan.json'), '{"version": 1, "disable": ["abandoned-send"]}');
    expect(cli(dir, '--config', '.golint-chan.json', './...').code).toBe(0);
    expect(cli(dir, '--no-config', './...').stdout.split('\n').filter((l) => l.includes('(abandoned-send)'))).toHaveLength(2);
  });

  it('--cache does not keep config effects: a changed config applies to cached packages', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'a.go': leak(), '.golint-chan.yml': "version: 1\nseverity: { abandoned-send: error }\nexclusions: { paths: ['^a'] }\n" });
    const cache = ['--cache', '--cache-location', path.join(dir, 'cache.json'), '--format', 'json', '--include-suppressed', './...'];
    expect(JSON.parse(cli(dir, ...cache).stdout).findings[0]).toMatchObject({ severity: 'error', suppression: { kind: 'external' } });
    fs.writeFileSync(path.join(dir, '.golint-chan.yml'), 'version: 1\n');
    const second = JSON.parse(cli(dir, ...cache).stdout).findings[0];
    expect(second.severity).toBe('warning');
    expect(second).not.toHaveProperty('suppression');
  });

  it('a bad config exits 2 naming the file, the key and what was expected', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'a.go': leak(), '.golint-chan.yaml': 'version: 1\nexclusions:\n  rules:\n    - { text: "x", rules: [no-such-rule] }\n' });
    const r = cli(dir, './...');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`invalid config ${path.join(dir, '.golint-chan.yaml')}:\n  /exclusions/rules/0/rules/0: unknown rule "no-such-rule"`);
  });
});

describe('3. generated files', () => {
  it('are skipped unless --include-generated or exclude-generated: false', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'a.go': leak({ header: '// Code generated by mockgen. DO NOT EDIT.\n\n' }) });
    expect(cli(dir, './...')).toMatchObject({ code: 0, stdout: '' });
    expect(cli(dir, '--include-generated', './...').code).toBe(1);
    fs.writeFileSync(path.join(dir, '.golint-chan.yml'), 'version: 1\nexclude-generated: false\n');
    expect(cli(dir, './...').code).toBe(1);
  });
});

describe('4. outputs', () => {
  it('--format github-actions prints annotations and a summary', () => {
    const r = cli(tree({ 'go.mod': GO_MOD, 'a.go': leak() }), '--format', 'github-actions', './...');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::warning file=a\.go,line=7,col=\d+,endColumn=\d+,title=golint-chan\(abandoned-send\)::goroutine .*%0Aa\.go:11:/);
    expect(lines[1]).toBe('::notice title=golint-chan::1 finding (0 error, 1 warning, 0 note) in 1 file of 1 package');
  });

  it('--output writes more formats in the same run, next to stdout', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'a.go': leak() });
    const r = cli(dir, '--output', 'sarif=out/r.sarif', '--output', 'json=r.json', './...');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('(abandoned-send)');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/r.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).findings).toHaveLength(1);
    expect(cli(dir, '--output', 'xml=r.xml').code).toBe(2);
  });

  it('--max-warnings and --quiet follow ESLint', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'a.go': leak(), 'b/b.go': leak() });
    expect(cli(dir, '--max-warnings', '2', './...').code).toBe(0);
    expect(cli(dir, '--max-warnings', '1', './...').code).toBe(1);
    expect(cli(dir, '--quiet', './...')).toMatchObject({ code: 0, stdout: '' });
    // --quiet hides warnings but --max-warnings still counts them.
    expect(cli(dir, '--quiet', '--max-warnings', '1', './...')).toMatchObject({ code: 1, stdout: '' });
    fs.writeFileSync(path.join(dir, '.golint-chan.yml'), 'version: 1\nseverity: { abandoned-send: error }\n');
    const errors = cli(dir, '--quiet', '--max-warnings', '5', './...');
    expect(errors.code).toBe(1);
    expect(errors.stdout.match(/\(abandoned-send\)/g)).toHaveLength(2);
  });
});

describe('5. SARIF for code scanning', () => {
  it('--sarif-category sets automationDetails.id; each code flow step has a message; parse errors are notifications', () => {
    const dir = tree({ 'go.mod': GO_MOD, 'a.go': leak(), 'broken/c.go': 'package broken\n\nfunc F(ch chan int {\n' });
    const sarif = JSON.parse(cli(dir, '--format', 'sarif', '--sarif-category', 'golint-chan/svc', './...').stdout);
    const run = sarif.runs[0];
    expect(run.automationDetails.id).toBe('golint-chan/svc/');
    expect(run.results).toHaveLength(1);
    const steps = run.results[0].codeFlows[0].threadFlows[0].locations;
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.every((s: { location: { message: { text: string } } }) => s.location.message.text !== '')).toBe(true);
    expect(run.invocations[0].toolExecutionNotifications.map((n: { descriptor: { id: string } }) => n.descriptor.id)).toContain('parse-error');
  });
});
