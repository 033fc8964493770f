import * as path from 'path';
import { MAX_CONFIG_BYTES, readInputText } from '../source/files';

export interface GoVersion {
  major: number;
  minor: number;
  /** The go.mod that says so, or undefined when no go.mod was found. */
  file?: string;
}

const cache = new Map<string, GoVersion | undefined>();

/** Parse the `go 1.N[.P]` directive of a go.mod text. */
export function parseGoDirective(text: string): { major: number; minor: number } | undefined {
  const m = /^\s*go\s+(\d+)\.(\d+)(?:\.\d+)?\s*(?:\/\/.*)?$/m.exec(text);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

/** The `go` version of the nearest go.mod at or above `dir` (undefined when there is none or it has no go line). */
export function goVersionFor(dir: string): GoVersion | undefined {
  const seen: string[] = [];
  let d = path.resolve(dir);
  let found: GoVersion | undefined;
  for (;;) {
    if (cache.has(d)) {
      found = cache.get(d);
      break;
    }
    seen.push(d);
    const file = path.join(d, 'go.mod');
    let text: string | undefined;
    try {
      // Only a regular file, size-capped: a FIFO or device named go.mod must not hang the run.
      text = readInputText(file, 'go.mod', MAX_CONFIG_BYTES);
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      const v = parseGoDirective(text);
      found = v && { ...v, file };
      break;
    }
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const s of seen) cache.set(s, found);
  return found;
}

/** Since Go 1.23, timers and tickers nobody references are garbage collected even when not stopped. */
export function timersCollected(v: GoVersion | undefined): boolean {
  return v !== undefined && (v.major > 1 || (v.major === 1 && v.minor >= 23));
}
