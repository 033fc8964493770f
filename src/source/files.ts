/**
 * Reading and writing the files around the engine (issue 15, F3/F9/F14): every report, cache, baseline
 * and fixed source is written atomically, and every auxiliary input (config, cache, baseline, patch,
 * shard) is read with a size cap and only from a regular file.
 *
 * Writes: a temporary file `.NAME.PID.HEX.tmp` in the target's directory, written in full, fsync'd,
 * then renamed over the target; on any failure the temporary file is removed and the old target is left
 * as it was. A symbolic link is written through (its target is replaced, the link stays). A target that
 * exists but is not a regular file (`/dev/stdout`, a FIFO, a terminal) cannot be renamed over and is
 * written in place. A read-only target (no write permission bit) is refused with EACCES, even for root,
 * as a plain write would be. Temporary files left by a process that was killed are removed by the
 * next write into the same directory (`removeStaleTemps`).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** A problem with a file the user named (unreadable, too large, not a regular file): one line, exit 2. */
export class FileError extends Error {}

/** The errno code of an error, or its message. */
export function errorCode(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ?? err?.message ?? String(e);
}

const TEMP_NAME = /^\.(.+)\.(\d+)\.([0-9a-f]{8})\.tmp$/;

/** The temporary file name used for an atomic write of `file`. */
export function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the temporary files of atomic writes in `dir` whose writing process is gone (a SIGKILL during
 * `--fix` or `-o`). `only` limits it to the temporaries of the base names it accepts. Returns the removed paths;
 * never throws.
 */
export function removeStaleTemps(dir: string, only?: (baseName: string) => boolean): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || (only && !only(m[1])) || processAlive(Number(m[2]))) continue;
    const p = path.join(dir, name);
    try {
      if (!fs.lstatSync(p).isFile()) continue;
      fs.rmSync(p, { force: true });
      removed.push(p);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

/** The file a write to `file` lands in: symbolic links followed (also a dangling one), else `file`. */
export function writeTarget(file: string): string {
  let target = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(target);
    } catch {
      return target;
    }
    if (!st.isSymbolicLink()) return target;
    target = path.resolve(path.dirname(target), fs.readlinkSync(target));
  }
  const err = new Error(`ELOOP: too many symbolic links, ${file}`) as NodeJS.ErrnoException;
  err.code = 'ELOOP';
  throw err;
}

/** True when the file has no write permission bit at all (0444): it is not to be rewritten. */
export function isReadOnly(st: fs.Stats): boolean {
  return (st.mode & 0o222) === 0;
}

/** The error of a write refused because the target is read-only (`readOnly` tells it from other EACCES). */
export type ReadOnlyError = NodeJS.ErrnoException & { readOnly: true };

function eacces(file: string): ReadOnlyError {
  const err = new Error(`EACCES: permission denied (read-only file), ${file}`) as ReadOnlyError;
  err.code = 'EACCES';
  err.readOnly = true;
  return err;
}

function writeAll(fd: number, data: Buffer): void {
  for (let off = 0; off < data.length; ) off += fs.writeSync(fd, data, off, data.length - off);
}

export interface AtomicWriteOptions {
  /** Create the parent directories. */
  mkdir?: boolean;
  /** The mode of a new file (an existing file keeps its own); default 0o666 less the umask. */
  mode?: number;
  /** Refuse (EINVAL) a target that exists but is not a regular file, instead of writing into it. */
  regularOnly?: boolean;
}

/**
 * Write `data` to `file` atomically (see the file comment). Throws the errno error of the failing step;
 * the old file is then unchanged and no temporary file is left.
 */
export function writeFileAtomic(file: string, data: string | Buffer, opts: AtomicWriteOptions = {}): void {
  // /dev/stdout, /dev/fd/N, /proc/self/fd/N: the file descriptors of the process, written in place.
  if (isProcessStream(path.resolve(file))) return writeInPlace(path.resolve(file), typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  const target = writeTarget(file);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = path.dirname(target);
  if (opts.mkdir) fs.mkdirSync(dir, { recursive: true });
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(target);
  } catch {
    existing = undefined;
  }
  if (existing && isReadOnly(existing)) throw eacces(target);
  if (existing && !existing.isFile() && opts.regularOnly) {
    const err = new Error(`EINVAL: not a regular file, ${target}`) as NodeJS.ErrnoException;
    err.code = 'EINVAL';
    throw err;
  }
  // A device, FIFO or terminal: not renamed over, written in place.
  if (existing && !existing.isFile()) return writeInPlace(target, bytes);
  removeStaleTemps(dir, (name) => name === path.basename(target));
  const tmp = tempNameFor(target);
  const mode = existing ? existing.mode & 0o7777 : (opts.mode ?? 0o666);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    // The umask does not apply to the mode of an existing file we replace; its owner stays too when
    // we may set it (root fixing another user's file).
    if (existing) {
      fs.fchmodSync(fd, mode);
      if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) fs.fchownSync(fd, existing.uid, existing.gid);
    }
    writeAll(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  // Make the rename itself durable; not every platform can open a directory.
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    /* best effort */
  }
}

function isProcessStream(file: string): boolean {
  return process.platform !== 'win32' && /^\/(dev|proc)\//.test(file) && !/^\/dev\/shm\//.test(file);
}

function writeInPlace(file: string, bytes: Buffer): void {
  const fd = fs.openSync(file, 'w');
  try {
    writeAll(fd, bytes);
  } finally {
    fs.closeSync(fd);
  }
}

/** Size caps of auxiliary inputs. */
export const MAX_CONFIG_BYTES = 4 << 20;
export const MAX_INPUT_BYTES = 256 << 20;

/**
 * Read a file the user named as an auxiliary input (`what` names it in errors, e.g. "--baseline"):
 * only a regular file (a FIFO, device or directory is refused without blocking), at most `maxBytes`.
 * Throws FileError with a one-line message naming the file.
 */
export function readInputFile(file: string, what: string, maxBytes: number = MAX_INPUT_BYTES): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new FileError(`${what}: cannot read ${file}: ${errorCode(e)}`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new FileError(`${what}: ${file} is not a regular file`);
    if (st.size > maxBytes) throw new FileError(`${what}: ${file} is too large (${st.size} bytes; at most ${maxBytes})`);
    // Read to the end, but never more than maxBytes + 1 bytes: a file growing while read is caught too.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(st.size - total, 0) + 1, maxBytes + 1 - total, 1 << 24) || 1);
      let got: number;
      try {
        got = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw new FileError(`${what}: cannot read ${file}: ${errorCode(e)}`);
      }
      if (got === 0) break;
      chunks.push(got === chunk.length ? chunk : chunk.subarray(0, got));
      total += got;
      if (total > maxBytes) throw new FileError(`${what}: ${file} is too large (more than ${maxBytes} bytes)`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** `readInputFile` as UTF-8 text (a UTF-8 byte order mark dropped). */
export function readInputText(file: string, what: string, maxBytes?: number): string {
  const text = readInputFile(file, what, maxBytes).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
