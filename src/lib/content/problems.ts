/**
 * A problem found in the editors' files, reported as
 * `path:line[:column] what is wrong. Fix: how to fix it.`
 */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column?: number | undefined;
  message: string;
  fix: string;
  /** A warning is printed but lets the build go on; everything else stops it. */
  severity?: 'error' | 'warning' | undefined;
}

export function isError(p: Problem): boolean {
  return p.severity !== 'warning';
}

export function formatProblem(p: Problem): string {
  const where = p.column ? `${p.file}:${p.line}:${p.column}` : `${p.file}:${p.line}`;
  return `${where} ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}. Fix: ${p.fix}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
