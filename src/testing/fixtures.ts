/**
 * Run one rule over a fixture package under testdata/<rule-id>/ and compare with its expectation
 * comments (see want.ts). Used by fixtures.test.ts for every rule of the registry.
 */
import * as fs from 'fs';
import * as path from 'path';
import fg from 'fast-glob';
import type { Rule } from '../rule';
import { lintPackages, type PackageInput } from '../driver/lint';
import { initParser } from '../source/parser';
import { packageRoot } from '../source/root';
import { packagesOf } from '../discover';
import { nameAllows, type Platform } from '../source/platform';

/**
 * The platform the fixtures are analysed for, as CI runs their Go proofs (linux/amd64): set as GOOS and GOARCH, which
 * golint-chan reads as the go command does, so that the same fixtures give the same findings on every machine.
 */
export const FIXTURE_PLATFORM: Platform = { goos: 'linux', goarch: 'amd64' };
process.env.GOOS = FIXTURE_PLATFORM.goos;
process.env.GOARCH = FIXTURE_PLATFORM.goarch;
import { matchExpectations, parseExpectations, type Expectation } from './want';

export const TESTDATA = path.join(packageRoot(), 'testdata');

/** Display path, relative to the package root (what a developer can click). */
export function displayPath(file: string): string {
  return path.relative(packageRoot(), file).split(path.sep).join('/');
}

/**
 * Every Go package (directory with .go files, _test.go included) below `dir`, as lint input.
 * Like the go tool, directories whose name starts with `_` or `.` are skipped.
 */
export function fixturePackages(dir: string): PackageInput[] {
  // Files are taken as the CLI takes a directory's: by their build constraints, for FIXTURE_PLATFORM.
  const files = fg.sync('**/*.go', { cwd: dir, absolute: true, ignore: ['**/_*/**'] }).filter((f) => nameAllows(f, FIXTURE_PLATFORM));
  return packagesOf(files, new Set(files));
}

/** The expectation comments of every file of `pkg`, with malformed ones as readable problems. */
export async function packageExpectations(pkg: PackageInput): Promise<{ expectations: Expectation[]; problems: string[] }> {
  await initParser();
  const expectations: Expectation[] = [];
  const problems: string[] = [];
  for (const f of pkg.files) {
    const parsed = parseExpectations(f.path, f.text ?? fs.readFileSync(f.path, 'utf8'));
    expectations.push(...parsed.expectations);
    for (const e of parsed.errors) problems.push(`${displayPath(f.path)}:${e.line}: ${e.message}`);
  }
  return { expectations, problems };
}

/**
 * Lint `pkg` with `rules` and compare the findings with the package's expectation comments.
 * Returns readable mismatches, empty when every expectation is met. A notification above
 * `note` level (parse error, rule crash, unreadable file) is a mismatch too.
 */
export async function checkFixture(rules: readonly Rule[], pkg: PackageInput): Promise<string[]> {
  const { expectations, problems } = await packageExpectations(pkg);
  const out = await lintPackages([pkg], { rules });
  for (const n of out.notifications) {
    if (n.level === 'note') continue;
    const where = n.file ? `${displayPath(n.file)}${n.line ? `:${n.line}` : ''}: ` : '';
    problems.push(`${where}${n.kind}: ${n.message}`);
  }
  problems.push(...matchExpectations(out.findings, expectations, displayPath));
  return problems;
}
