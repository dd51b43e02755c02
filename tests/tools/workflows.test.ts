// The Gitea/Forgejo workflow (docs/编辑指南.md §9): the same steps for both servers, the README's build before any
// publishing, and publishing only when it is configured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const gitea = read('.gitea/workflows/publish.yml');
const forgejo = read('.forgejo/workflows/publish.yml');

interface Workflow { on: { push: { branches: string[] } }; jobs: Record<string, { 'runs-on': string; steps: { name: string; run: string }[] }> }

describe('the publish workflow', () => {
  it('is the same for Gitea and Forgejo but for the runner label', () => {
    const strip = (s: string) => s.replace(/^ {4}runs-on: .*$/m, '');
    expect(strip(gitea)).toBe(strip(forgejo));
    expect((yaml.load(gitea) as Workflow).jobs.build!['runs-on']).toBe('ubuntu-latest');
    expect((yaml.load(forgejo) as Workflow).jobs.build!['runs-on']).toBe('docker');
  });

  it('builds with the README commands before it publishes, and publishes only when configured', () => {
    const wf = yaml.load(gitea) as Workflow;
    expect(wf.on.push.branches).toEqual(['main']);
    const runs = wf.jobs.build!.steps.map((s) => s.run);
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r));
    expect(at(/^npm ci$/m)).toBeGreaterThan(-1);
    expect(at(/^npm run build$/m)).toBeGreaterThan(at(/^npm ci$/m));
    expect(at(/rsync/)).toBeGreaterThan(at(/^npm run build$/m));
    // Full history: 更新于 and /updates/ come from git (a shallow clone would date everything to one commit).
    expect(runs[0]).not.toMatch(/--depth/);
    expect(runs[at(/rsync/)]).toMatch(/if \[ -z "\$DEPLOY_SSH_KEY" \]/);
  });
});
