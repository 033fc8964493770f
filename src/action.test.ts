import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

const ROOT = path.join(__dirname, '..');
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};
const steps = action.runs.steps;
const index = (pred: (s: Step) => boolean) => steps.findIndex(pred);
const lintAt = index((s) => s.id === 'lint');
const uploadAt = index((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') === true);
const failAt = index((s) => s.if?.includes('inputs.fail-on-findings') === true);

describe('action.yml', () => {
  it('is a composite action with the documented inputs and defaults', () => {
    expect(action.name).toBe('golint-chan');
    expect(action.description).toBeTruthy();
    expect(action.runs.using).toBe('composite');
    expect(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]))).toMatchObject({
      patterns: './...',
      version: 'latest',
      'sarif-file': 'golint-chan.sarif',
      category: 'golint-chan',
      'fail-on-findings': 'true',
    });
    for (const input of Object.values(action.inputs)) expect(input.description).toBeTruthy();
  });

  it('installs golint-chan with npm, at the requested version', () => {
    const install = steps[index((s) => /npm install/.test(s.run ?? ''))];
    expect(install.run).toMatch(/npm install --global .*"golint-chan@\$\{GLC_VERSION\}"/);
    expect(install.env).toEqual({ GLC_VERSION: '${{ inputs.version }}' });
    expect(index((s) => s === install)).toBeLessThan(lintAt);
  });

  it('runs, uploads with always(), then fails on findings, in that order', () => {
    expect(lintAt).toBeGreaterThanOrEqual(0);
    expect(uploadAt).toBeGreaterThan(lintAt);
    expect(failAt).toBeGreaterThan(uploadAt);
    const upload = steps[uploadAt];
    expect(upload.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(upload.if).toMatch(/always\(\)/);
    expect(upload.with).toEqual({ sarif_file: '${{ steps.lint.outputs.sarif-file }}', category: '${{ inputs.category }}' });
    expect(steps[failAt].if).toMatch(/steps\.lint\.outputs\.exit-code == '1'/);
    expect(steps[failAt].run).toMatch(/exit 1/);
  });

  it('gives every script a shell and never splices ${{ }} into one (script injection)', () => {
    for (const s of steps.filter((x) => x.run !== undefined)) {
      expect(s.shell).toBe('bash');
      expect(s.run).not.toMatch(/\$\{\{/);
    }
  });

  describe('the lint step script, run with bash against the built CLI', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-action-')));
      fs.mkdirSync(path.join(dir, 'bin'));
      fs.symlinkSync(path.join(ROOT, 'bin/golint-chan'), path.join(dir, 'bin/golint-chan'));
      fs.writeFileSync(
        path.join(dir, 'a.go'),
        'package p\n\nimport "time"\n\nfunc F(d time.Duration) int {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n',
      );
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    function runStep(patterns: string) {
      const out = path.join(dir, 'github-output');
      fs.writeFileSync(out, '');
      const r = spawnSync('bash', ['-e', '-c', steps[lintAt].run!], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`, GITHUB_OUTPUT: out, GLC_PATTERNS: patterns, GLC_SARIF: 'golint-chan.sarif' },
      });
      const outputs = Object.fromEntries(fs.readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
      return { status: r.status, outputs };
    }

    it('succeeds on findings, so that the upload runs, and hands over the exit code and SARIF path', () => {
      const { status, outputs } = runStep('./...');
      expect(status).toBe(0);
      expect(outputs['exit-code']).toBe('1');
      expect(outputs['sarif-file']).toBe(path.join(dir, 'golint-chan.sarif'));
      const sarif = JSON.parse(fs.readFileSync(outputs['sarif-file'], 'utf8'));
      expect(sarif.runs[0].results).toHaveLength(1);
    });

    it('fails at once on a tool error (exit 2)', () => {
      const { status, outputs } = runStep('--no-such-flag');
      expect(status).toBe(2);
      expect(outputs['exit-code']).toBe('2');
    });
  });
});
