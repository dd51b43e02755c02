import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentReference, EDITOR_CONFIG_FILE, editorConfigText, REFERENCE_FILE } from '../../scripts/docs-content.ts';

describe('docs/内容字段说明.md', () => {
  it('is up to date with src/schemas/', () => {
    const committed = readFileSync(REFERENCE_FILE, 'utf8');
    // A plain equality would print the whole file; the message says what to do.
    expect(committed === contentReference(), 'docs/内容字段说明.md 已过期：模式（src/schemas/）改了，请运行 npm run docs:content 并提交生成的文件。').toBe(true);
  });
});

describe('docs/内容编辑器配置.json', () => {
  it('is up to date with src/schemas/', () => {
    const committed = readFileSync(EDITOR_CONFIG_FILE, 'utf8');
    expect(committed === editorConfigText(), 'docs/内容编辑器配置.json 已过期：模式（src/schemas/）改了，请运行 npm run docs:content 并提交生成的文件。').toBe(true);
  });
});
