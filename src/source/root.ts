import * as fs from 'fs';
import * as path from 'path';

let cached: string | undefined;

/** The package root (the directory holding golint-chan's package.json), found once from this file. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    const pj = path.join(dir, 'package.json');
    if (fs.existsSync(pj)) {
      try {
        if (JSON.parse(fs.readFileSync(pj, 'utf8')).name === 'golint-chan') return (cached = dir);
      } catch {
        /* keep walking */
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('golint-chan: cannot find the package root from ' + __dirname);
    dir = up;
  }
}

export function assetPath(...parts: string[]): string {
  return path.join(packageRoot(), ...parts);
}

export function toolVersion(): string {
  return JSON.parse(fs.readFileSync(assetPath('package.json'), 'utf8')).version;
}
