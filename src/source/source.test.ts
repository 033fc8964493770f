import { lintPackages } from '../driver/lint';
import { decodeSource, SourceFile, utf8BytesForUnits } from './source';
import { rules } from '../registry';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

describe('utf8BytesForUnits', () => {
  it('counts the bytes that decode to a prefix, exactly as TextDecoder replaces invalid sequences', () => {
    const pool = [0x41, 0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0xff, 0xc0, 0xe0, 0xf4, 0x90, 0xbf];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let t = 0; t < 5000; t++) {
      const b = Uint8Array.from({ length: 1 + Math.floor(rnd() * 10) }, () => pool[Math.floor(rnd() * pool.length)]);
      const text = new TextDecoder('utf-8').decode(b);
      for (let units = 0; units <= text.length; units++) {
        const prev = text.charCodeAt(units - 1);
        if (prev >= 0xd800 && prev < 0xdc00) continue; // inside a surrogate pair
        const n = utf8BytesForUnits(b, 0, b.length, units);
        expect(new TextDecoder('utf-8').decode(b.subarray(0, n))).toBe(text.slice(0, units));
      }
    }
  });
});

describe('byte columns after invalid UTF-8 on the same line', () => {
  it('counts the file bytes, not the replacement characters', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glc-u8-'));
    const file = path.join(dir, 'p.go');
    // Line 5: `\ts := "\xff\xfe"; go func() { ch <- 1 }()` — two invalid bytes before the send.
    const src = Buffer.concat([
      Buffer.from('package p\nimport "time"\nfunc Get(d time.Duration) int {\n\tch := make(chan int)\n\ts := "'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"; _ = s; go func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n'),
    ]);
    fs.writeFileSync(file, src);
    try {
      expect(decodeSource(src)?.invalidUtf8).toBe(true);
      const out = await lintPackages([{ dir, files: [{ path: file }] }], { rules });
      const [f] = out.findings;
      expect(f.range.start.line).toBe(5);
      const line = src.toString('latin1').split('\n')[4];
      // In the file, `ch <- 1` starts after the 2 raw bytes; in the decoded text after 2 U+FFFD (6 UTF-8 bytes).
      expect(f.range.start.byteColumn).toBe(line.indexOf('ch <- 1') + 1);
      expect(f.range.start.column).toBe(line.indexOf('ch <- 1') + 1); // two bytes → two UTF-16 units
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('positions on long lines (issue 15, F1)', () => {
  const pieces = ['a', ' ', '\t', 'é', '€', '😀', '\ud800', '\udc00', '\r', '\n', '\u3000', 'x', 'yz'];
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const randomText = (n: number) => Array.from({ length: n }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');

  it('byte columns, trimmed lengths and blank prefixes equal slicing the line', () => {
    for (let t = 0; t < 40; t++) {
      const text = randomText(50 + Math.floor(rnd() * 1500)).replace(/\n/g, t % 2 ? '\n' : 'b'); // half of them one long line
      const sf = new SourceFile('/x.go', text, undefined);
      const rows = text.split('\n').length;
      for (let row = 0; row < rows; row++) {
        const line = sf.lineText(row);
        expect(sf.trimmedLength(row)).toBe(line.trimEnd().length);
        for (let col = 0; col <= line.length + 2; col++) {
          const p = sf.position(row, col);
          expect(p.byteColumn).toBe(Buffer.byteLength(line.slice(0, col), 'utf8') + 1);
          expect(sf.blankBefore(row, col)).toBe(line.slice(0, col).trim() === '');
        }
      }
    }
  });

  it('byte columns of a file that is not valid UTF-8 count its raw bytes', () => {
    const pool = [0x41, 0x20, 0x0a, 0x0d, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0xff, 0xc0, 0xe0, 0xf4, 0x90, 0xbf];
    for (let t = 0; t < 40; t++) {
      const b = Uint8Array.from({ length: 100 + Math.floor(rnd() * 2000) }, () => pool[Math.floor(rnd() * pool.length)]);
      const text = new TextDecoder('utf-8').decode(b);
      const sf = new SourceFile('/x.go', text, undefined, b);
      const byteStarts = [0];
      b.forEach((c, i) => c === 0x0a && byteStarts.push(i + 1));
      const textStarts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') textStarts.push(i + 1);
      for (let row = 0; row < byteStarts.length; row++) {
        const end = byteStarts[row + 1] ?? b.length;
        const units = (textStarts[row + 1] ?? text.length) - textStarts[row];
        for (let col = 0; col <= units + 1; col++) {
          expect(sf.position(row, col).byteColumn).toBe(utf8BytesForUnits(b, byteStarts[row], end, col) + 1);
        }
      }
    }
  });

  it('20,000 positions on one 2 MB line take well under a second each way (linear, not quadratic)', () => {
    const text = 'é€😀 abc '.repeat(2 * 1024 * 1024 / 16);
    const sf = new SourceFile('/x.go', text, undefined);
    const raw = Buffer.concat([Buffer.from(text), Buffer.from([0xff])]);
    const rawSf = new SourceFile('/y.go', new TextDecoder('utf-8').decode(raw), undefined, raw);
    const t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const col = Math.floor((i / 20_000) * text.length);
      sum += sf.position(0, col).byteColumn + rawSf.position(0, text.length - col).byteColumn;
      sum += sf.firstLineRange({ startPosition: { row: 0, column: col }, endPosition: { row: 1, column: 0 } } as never).end.byteColumn;
    }
    const ms = performance.now() - t0;
    expect(sum).toBeGreaterThan(0);
    expect(sf.position(0, text.length).byteColumn).toBe(Buffer.byteLength(text) + 1);
    expect(ms).toBeLessThan(2000);
  });
});
