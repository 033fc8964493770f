import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { RunResult } from '../types';

export interface FormatOptions {
  /** Directory that text and JSON paths are relative to. */
  cwd: string;
  /** Repository root that SARIF URIs are relative to (see `sourceRoot`). */
  srcRoot: string;
  /** ANSI colors (text format only). */
  color?: boolean;
  /**
   * The text of a file as the linter saw it, for SARIF fingerprints. Defaults to reading the disk;
   * the CLI passes the stdin buffer through it. Return undefined when the text is unavailable.
   */
  readText?: (file: string) => string | undefined;
  /** SARIF `automationDetails.id` is `<sarifCategory>/` (`--sarif-category`, one per module in monorepos). */
  sarifCategory?: string;
  /**
   * `--path-mode=abs`: text, json, checkstyle and junit-xml print absolute paths (what vscode-go passes to
   * golangci-lint). SARIF, github-actions, code-climate and markdown stay repository-relative: their consumers
   * match paths against the repository.
   */
  pathMode?: 'rel' | 'abs';
}

/** A formatter is a pure function of the run result. */
export type Formatter = (result: RunResult, opts: FormatOptions) => string;

/** `file` relative to `base`, with forward slashes (JSON and SARIF paths). */
export function posixRelative(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/') || '.';
}

/** The git top-level of `cwd` (symbolic links resolved), or `cwd` itself outside a repository. */
export function sourceRoot(cwd: string): string {
  let top = cwd;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || cwd;
  } catch {
    /* not a git work tree, or no git: use the cwd */
  }
  try {
    return fs.realpathSync(top);
  } catch {
    return top;
  }
}

export function readTextFromDisk(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
