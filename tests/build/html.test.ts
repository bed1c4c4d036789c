import { describe, it, expect } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { distDir, htmlFiles, rel } from './dist.ts';

describe('HTML validity', () => {
  for (const name of ['dist', 'dist-base']) {
    it(`every page in ${name}/ passes html-validate (recommended rules) with 0 errors`, async () => {
      const dir = distDir(name);
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const files = htmlFiles(dir);
      expect(files.length).toBeGreaterThan(3);
      const errors: string[] = [];
      for (const f of files) {
        const report = await validator.validateFile(f);
        for (const r of report.results) for (const m of r.messages) errors.push(`${rel(dir, f)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
      expect(errors).toEqual([]);
    });
  }
});
