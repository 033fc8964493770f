/**
 * The formatters' test input, shared by formatters.test.ts (goldens) and ci-formats.test.ts (consumers): a run
 * result and options whose fake source root reads its files from testdata/_formatters/root.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { RunResult } from '../types';
import type { FormatOptions } from '../formatters/index';

export const DATA = path.join(__dirname, '../../testdata/_formatters');
export const FAKE_ROOT = '/fake/root';
export const input: RunResult = JSON.parse(fs.readFileSync(path.join(DATA, 'input.json'), 'utf8'));
export const opts: FormatOptions = {
  cwd: `${FAKE_ROOT}/svc`,
  srcRoot: FAKE_ROOT,
  readText: (file) => {
    try {
      return fs.readFileSync(path.join(DATA, 'root', path.relative(FAKE_ROOT, file)), 'utf8');
    } catch {
      return undefined;
    }
  },
};
