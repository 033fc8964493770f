/** Temporary directories of files for tests; each test file removes its own with removeTempTrees() in afterAll. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const made: string[] = [];

/** A fresh directory (real path) holding `files`: relative path → contents. */
export function tempTree(prefix: string, files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Remove every directory tempTree made in this test file. */
export function removeTempTrees(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}
