/**
 * A guard in front of the JSON-RPC reader of the language server. vscode-jsonrpc reports a header block without
 * Content-Length or with a value that is not a number as an error and then stops reading (the bytes stay in its
 * buffer), and takes `Content-Length: -5` as a length: either way the server would sit there answering nothing,
 * not even `shutdown`. This stream checks each header block of the base protocol (`Name: value` lines ended by an
 * empty line, exactly one Content-Length of decimal digits within MAX_MESSAGE_BYTES) and passes the bytes on
 * unchanged; on the first violation it calls `onError` with what was wrong and passes nothing more.
 */
import { Transform, type TransformCallback } from 'stream';

/** The biggest message accepted (a didOpen of a file over --max-file-size is still legal, so this is generous). */
export const MAX_MESSAGE_BYTES = 1024 * 1024 * 1024;

/** The biggest header block accepted. */
export const MAX_HEADER_BYTES = 64 * 1024;

const END = Buffer.from('\r\n\r\n');

export class FramingGuard extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  /** Body bytes still to pass before the next header block. */
  private body = 0;
  private failed = false;

  constructor(private readonly onError: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.failed) return done();
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (data.length > 0) {
      if (this.body > 0) {
        const n = Math.min(this.body, data.length);
        this.push(data.subarray(0, n));
        this.body -= n;
        data = data.subarray(n);
        continue;
      }
      const end = data.indexOf(END);
      if (end === -1) {
        if (data.length > MAX_HEADER_BYTES) return this.fail(`header block longer than ${MAX_HEADER_BYTES} bytes`, done);
        this.pending = Buffer.from(data);
        break;
      }
      const problem = this.check(data.subarray(0, end).toString('latin1'));
      if (typeof problem === 'string') return this.fail(problem, done);
      this.push(data.subarray(0, end + END.length));
      this.body = problem;
      data = data.subarray(end + END.length);
    }
    done();
  }

  /** The Content-Length of a header block, or what is wrong with it. */
  private check(block: string): number | string {
    let length: number | undefined;
    for (const line of block.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `malformed header line ${JSON.stringify(line.slice(0, 80))}`;
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (length !== undefined) return 'more than one Content-Length header';
      if (!/^\d{1,10}$/.test(value)) return `Content-Length is not a number of bytes: ${JSON.stringify(value.slice(0, 40))}`;
      length = Number(value);
      if (length > MAX_MESSAGE_BYTES) return `Content-Length ${length} is over the ${MAX_MESSAGE_BYTES}-byte limit`;
    }
    if (length === undefined) return 'header block without Content-Length';
    return length;
  }

  private fail(message: string, done: TransformCallback): void {
    this.failed = true;
    this.pending = Buffer.alloc(0);
    done();
    this.onError(message);
  }
}
