/**
 * The GitHub Action (action.yml), run step by step on this machine with src/testing/action-runner.ts:
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, `if:` conditions, `${{ }}` expressions. The action's own
 * checkout is a copy of this package whose package.json says version 0.0.0-action-test, with a fake `npm`
 * on PATH that records what it is asked and "installs" (links this package's node_modules) and "builds"
 * (copies dist/): so the SARIF's tool version proves which checkout ran. Steps that use other actions
 * (setup-node, cache, upload-sarif) are recorded, not run.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadAction, runAction, evaluate, type ActionRun, type RunActionOptions } from './testing/action-runner';

const ROOT = path.join(__dirname, '..');
const action = loadAction(path.join(ROOT, 'action.yml'));
const ACTION_VERSION = '0.0.0-action-test';
const LEAK =
  'package p\n\nimport "time"\n\nfunc F(d time.Duration) int {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n';
const CLEAN = 'package q\n\nfunc G() int {\n\tch := make(chan int, 1)\n\tgo func() { ch <- 1 }()\n\treturn <-ch\n}\n';

let tmp: string;
let actionPath: string;
let fakeBin: string;
let npmLog: string;

/** The action's checkout: what `uses: golint-chan/golint-chan@ref` would give, without dist/ or node_modules/. */
function makeActionCheckout(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['action.yml', 'package-lock.json']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...pkg, version: ACTION_VERSION }, null, 2));
  for (const d of ['bin', 'grammars', 'rules', 'schemas']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
}

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-action-')));
  actionPath = path.join(tmp, 'action');
  makeActionCheckout(actionPath);
  fakeBin = path.join(tmp, 'fake-bin');
  fs.mkdirSync(fakeBin);
  npmLog = path.join(tmp, 'npm.log');
  fs.writeFileSync(npmLog, '');
  // npm ci: a node_modules of links to this package's dependencies; npm run build: this package's dist/.
  fs.writeFileSync(
    path.join(fakeBin, 'npm'),
    `#!/usr/bin/env bash
echo "$PWD: $*" >> ${JSON.stringify(npmLog)}
case "$1" in
  ci) rm -rf node_modules && mkdir node_modules && for d in ${JSON.stringify(path.join(ROOT, 'node_modules'))}/* ${JSON.stringify(path.join(ROOT, 'node_modules'))}/.bin; do ln -s "$d" node_modules/; done ;;
  run) [ "$2" = build ] && rm -rf dist && cp -r ${JSON.stringify(path.join(ROOT, 'dist'))} dist ;;
  *) exit 3 ;;
esac
`,
    { mode: 0o755 },
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A caller's repository: a git work tree with module svc (a leak) and module clean. */
function workspace(): string {
  const ws = fs.mkdtempSync(path.join(tmp, 'ws-'));
  for (const [dir, src] of [
    ['svc', LEAK],
    ['clean', CLEAN],
  ]) {
    fs.mkdirSync(path.join(ws, dir));
    fs.writeFileSync(path.join(ws, dir, 'go.mod'), `module example.com/${dir}\n\ngo 1.21\n`);
    fs.writeFileSync(path.join(ws, dir, 'a.go'), src);
  }
  execFileSync('git', ['init', '-q'], { cwd: ws });
  return ws;
}

function run(ws: string, inputs: Record<string, string>, extra: Partial<RunActionOptions> = {}): ActionRun {
  const runnerTemp = extra.runnerTemp ?? fs.mkdtempSync(path.join(tmp, 'runner-'));
  return runAction(action, {
    actionPath,
    workspace: ws,
    runnerTemp,
    inputs,
    env: { PATH: `${fakeBin}:${process.env.PATH}`, ...extra.env },
  });
}

const step = (r: ActionRun, pred: (s: ActionRun['steps'][number]) => boolean) => r.steps.find(pred)!;
const lintStep = (r: ActionRun) => step(r, (s) => s.id === 'lint');
const upload = (r: ActionRun) => step(r, (s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') === true);
const setupNode = (r: ActionRun) => step(r, (s) => s.uses?.startsWith('actions/setup-node@') === true);
const failStep = (r: ActionRun) => step(r, (s) => s.name === 'Fail on findings');

describe('action.yml', () => {
  it('has the documented inputs and defaults, and no install from a registry', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]))).toEqual({
      patterns: './...',
      args: '',
      'working-directory': '.',
      category: '',
      upload: 'true',
      cache: 'true',
      'fail-on-findings': 'true',
    });
    for (const input of Object.values(action.inputs)) expect(input.description).toBeTruthy();
    const scripts = action.runs.steps.map((s) => s.run ?? '').join('\n');
    expect(scripts).not.toMatch(/npm install|npx|golint-chan@/);
  });

  it('gives every script a shell and never splices ${{ }} into one (script injection)', () => {
    for (const s of action.runs.steps.filter((x) => x.run !== undefined)) {
      expect(s.shell).toBe('bash');
      expect(s.run).not.toMatch(/\$\{\{/);
    }
  });

  it('findings: tool from its own checkout, category from the working directory, SARIF + annotations + summary in one run, upload, then fail', () => {
    const ws = workspace();
    const r = run(ws, { 'working-directory': 'svc' });

    // Built in the action's checkout, with npm ci and the build script.
    expect(fs.readFileSync(npmLog, 'utf8')).toContain(`${actionPath}: ci --no-audit --no-fund --include=dev\n${actionPath}: run build\n`);
    // This runner's Node is >= 20: no setup-node, which would change PATH for the caller's later steps.
    expect(setupNode(r).ran).toBe(false);

    const lint = lintStep(r);
    expect(lint.exitCode).toBe(0);
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.outputs.category).toBe('golint-chan/svc');
    // Annotations in the log, with repository-relative paths.
    expect(lint.stdout).toMatch(/^::warning file=svc\/a\.go,line=7,col=14,endColumn=\d+,title=golint-chan\(abandoned-send\)::goroutine may block forever/m);
    expect(lint.stdout).toMatch(/^::notice title=golint-chan::1 finding /m);
    // The SARIF: a fresh file under RUNNER_TEMP, from the action's checkout, with the category.
    const sarifFile = r.outputs['sarif-file'];
    expect(path.basename(path.dirname(sarifFile))).toMatch(/^golint-chan-\w{6}$/);
    const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
    expect(sarif.runs[0].tool.driver.semanticVersion).toBe(ACTION_VERSION);
    expect(sarif.runs[0].automationDetails.id).toBe('golint-chan/svc/');
    expect(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'svc/a.go',
    ]);
    // The step summary: a Markdown table.
    expect(r.summary).toMatch(/^### golint-chan: 1 finding \(0 error, 1 warning, 0 note\) in 1 file of 1 package$/m);
    expect(r.summary).toMatch(/^\| warning \| \[abandoned-send\]\(https:\/\/github\.com\/golint-chan\/golint-chan\/blob\/main\/rules\/abandoned-send\/doc\.md\) \| `svc\/a\.go:7:14` \| goroutine may block forever/m);
    // Uploaded with that file and category, then the job fails on the finding.
    expect(upload(r)).toMatchObject({ ran: true, uses: 'github/codeql-action/upload-sarif@v4', with: { sarif_file: sarifFile, category: 'golint-chan/svc' } });
    expect(failStep(r)).toMatchObject({ ran: true, exitCode: 1 });
    expect(r.failed).toBe(true);
    // The result cache lives where actions/cache saves and restores it.
    const cacheStep = step(r, (s) => s.uses?.startsWith('actions/cache@') === true);
    expect(cacheStep.ran).toBe(true);
    expect(fs.readdirSync(cacheStep.with!.path).length).toBeGreaterThan(0);
  });

  it('a second run: no rebuild, and a fresh SARIF path (an earlier report can never be uploaded)', () => {
    const ws = workspace();
    const runnerTemp = fs.mkdtempSync(path.join(tmp, 'runner-'));
    const first = run(ws, { 'working-directory': 'svc' }, { runnerTemp });
    const before = fs.readFileSync(npmLog, 'utf8');
    const second = run(ws, { 'working-directory': 'svc' }, { runnerTemp });
    expect(fs.readFileSync(npmLog, 'utf8')).toBe(before);
    expect(step(second, (s) => s.name === 'Build golint-chan from the action\'s checkout').stdout).toMatch(/already built/);
    expect(second.outputs['sarif-file']).not.toBe(first.outputs['sarif-file']);
    expect(fs.existsSync(second.outputs['sarif-file'])).toBe(true);
  });

  it('exit 2: the job fails at once, nothing is uploaded, even with a report of an earlier run on disk', () => {
    const ws = workspace();
    const runnerTemp = fs.mkdtempSync(path.join(tmp, 'runner-'));
    const earlier = run(ws, { 'working-directory': 'svc', 'fail-on-findings': 'false' }, { runnerTemp });
    expect(fs.existsSync(earlier.outputs['sarif-file'])).toBe(true);
    fs.writeFileSync(path.join(ws, 'svc', 'golint-chan.sarif'), fs.readFileSync(earlier.outputs['sarif-file']));

    const r = run(ws, { 'working-directory': 'svc', args: '--no-such-flag' }, { runnerTemp });
    expect(lintStep(r).exitCode).toBe(2);
    expect(lintStep(r).stdout).toMatch(/^::error title=golint-chan::golint-chan failed \(exit code 2\)/m);
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.outputs['sarif-file']).toBe('');
    expect(upload(r).ran).toBe(false);
    expect(failStep(r).ran).toBe(false);
    expect(r.failed).toBe(true);
  });

  it('no findings: exit code 0, upload, no failure; the summary says so; default category at the root', () => {
    const ws = workspace();
    const r = run(ws, { patterns: './clean/...' });
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.outputs.category).toBe('golint-chan');
    expect(JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8')).runs[0].automationDetails.id).toBe('golint-chan/');
    expect(r.summary).toMatch(/^### golint-chan: 0 findings/m);
    expect(upload(r).ran).toBe(true);
    expect(failStep(r).ran).toBe(false);
    expect(r.failed).toBe(false);
  });

  it('upload: false and fail-on-findings: false report only; an explicit category and extra args are passed on', () => {
    const ws = workspace();
    const r = run(ws, { 'working-directory': 'svc', upload: 'false', 'fail-on-findings': 'false', category: 'leaks/svc', args: '--disable abandoned-send', cache: 'false' });
    expect(upload(r).ran).toBe(false);
    expect(step(r, (s) => s.uses?.startsWith('actions/cache@') === true).ran).toBe(false);
    expect(r.failed).toBe(false);
    expect(r.outputs['exit-code']).toBe('0'); // the only finding's rule is disabled
    expect(JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8')).runs[0].automationDetails.id).toBe('leaks/svc/');
  });

  it('inputs cannot inject commands', () => {
    const ws = workspace();
    const r = run(ws, { 'working-directory': 'svc', patterns: './... $(touch pwned) `touch pwned2`', 'fail-on-findings': 'false' });
    expect(fs.existsSync(path.join(ws, 'svc', 'pwned'))).toBe(false);
    expect(fs.existsSync(path.join(ws, 'svc', 'pwned2'))).toBe(false);
    expect(r.outputs['exit-code']).toBe('2'); // "$(touch" is not a package pattern
  });

  it('uses setup-node only when the runner has no Node.js 20 or later', () => {
    const old = path.join(tmp, 'old-node');
    fs.mkdirSync(old, { recursive: true });
    // A node that says it is 18 when asked, and is the real one otherwise.
    fs.writeFileSync(path.join(old, 'node'), `#!/usr/bin/env bash\nif [ "$1" = -p ]; then echo 18; else exec ${JSON.stringify(process.execPath)} "$@"; fi\n`, { mode: 0o755 });
    const r = run(workspace(), { 'working-directory': 'svc' }, { env: { PATH: `${old}:${fakeBin}:${process.env.PATH}` } });
    expect(setupNode(r)).toMatchObject({ ran: true, with: { 'node-version': '24' } });
  });
});

describe('action-runner expressions', () => {
  const ctx = { inputs: { upload: 'true', x: '' }, steps: { lint: { outputs: { 'exit-code': '1' } } } };
  it.each([
    ["inputs.upload == 'true' && steps.lint.outputs.exit-code == '1'", true],
    ["inputs.upload == 'false' || inputs.x != ''", false],
    ["!(inputs.upload == 'TRUE')", false],
    ['steps.nope.outputs.x', undefined],
  ])('%s', (expr, want) => expect(evaluate(expr, ctx, { failed: false })).toBe(want));
});
