import { lintPackages } from './lint';
import { decodeSource, utf8BytesForUnits } from './source';
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
