/** The CLI's JSON findings for a directory of testdata, as the tests of opt-in finding kinds read them. */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { TESTDATA } from './fixtures';

const BIN = path.join(__dirname, '../../bin/golint-chan');

/** A finding as `--format json` prints it (the fields these tests read). */
export interface JsonFinding {
  ruleId: string;
  message: string;
  line: number;
  tags?: string[];
  suppression?: { kind: string; justification: string };
}

/** `golint-chan --format json ARGS… DIR`, run from testdata/, with no color and outside GitHub Actions. */
export function cliFindings(dir: string, ...args: string[]): JsonFinding[] {
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', ...args, dir], { cwd: TESTDATA, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined } });
  return JSON.parse(r.stdout).findings as JsonFinding[];
}
