import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../../src/lib/content/content-dir.ts';

describe('contentDir', () => {
  it.each([
    ['no CONTENT_DIR: content/ in the working directory', {}, '/repo', join('/repo', 'content')],
    ['CONTENT_DIR undefined', { CONTENT_DIR: undefined }, '/repo', join('/repo', 'content')],
    ['a relative CONTENT_DIR as given', { CONTENT_DIR: 'tests/fixtures/sites/county-towns' }, '/repo', 'tests/fixtures/sites/county-towns'],
    ['an absolute CONTENT_DIR as given', { CONTENT_DIR: '/tmp/x/content' }, '/repo', '/tmp/x/content'],
  ])('%s', (_name, env, cwd, want) => expect(contentDir(env, cwd)).toBe(want));

  it('reads process.env and the working directory by default', () => {
    expect(contentDir()).toBe(process.env.CONTENT_DIR ?? join(process.cwd(), 'content'));
  });
});
