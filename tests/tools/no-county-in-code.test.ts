// The code knows no county: the shipped district's names and its region word appear nowhere in src/ outside
// comments. A county's words come from content (see src/lib/core/words.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
// 县（区）: the national programme's name is derived for the district's level (src/lib/core/words.ts programmeName).
const FORBIDDEN = ['昆都仑', '昆区', '包钢', '包头', '全区', '县（区）'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|js|mjs|astro|css)$/.test(name) ? [p] : [];
  });
}

/**
 * Source text with comments blanked: JS/TS `//` line comments (not inside strings or URLs) and `/* … *\/`
 * blocks, HTML `<!-- -->` and JSX `{/* … *\/}` comments. Line numbers are kept.
 */
export function stripComments(src: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < src.length) {
    const c = src[i]!;
    const two = src.slice(i, i + 2);
    if (quote) {
      out += c;
      if (c === '\\') { out += src[i + 1] ?? ''; i += 2; continue; }
      if (c === quote) quote = null;
      i++;
    } else if (two === '/*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      const stop = end < 0 ? src.length : end + 3;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (two === '//' && src[i - 1] !== ':') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      out += c;
      i++;
    }
  }
  return out;
}

describe('stripComments', () => {
  it.each([
    ["const a = '包钢'; // 包头", "const a = '包钢';"],
    ['/** 昆区 */ const b = 1;', 'const b = 1;'],
    ['<!-- 全区 --><p>x</p>', '<p>x</p>'],
    ["const u = 'https://x/y'; // c", "const u = 'https://x/y';"],
    ["const s = '// not a comment 全区';", "const s = '// not a comment 全区';"],
  ])('%s', (src, kept) => expect(stripComments(src).trim()).toBe(kept));
});

describe('no county in src/', () => {
  it('src/ names no district outside comments', () => {
    const hits: string[] = [];
    for (const f of files(join(ROOT, 'src'))) {
      const lines = stripComments(readFileSync(f, 'utf8')).split('\n');
      lines.forEach((line, n) => {
        for (const w of FORBIDDEN) if (line.includes(w)) hits.push(`${relative(ROOT, f)}:${n + 1}: ${w}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
