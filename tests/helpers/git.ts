/** Git repositories with commits on known dates, for history tests. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Makes `root` a repository; returns a function that commits everything on a given day. */
export function gitRepo(root: string): (subject: string, day: string) => void {
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'ignore',
    });
  git(['init', '-q']);
  return (subject, day) => {
    git(['add', '-A']);
    git(['commit', '-q', '-m', subject], `${day}T12:00:00+00:00`);
  };
}

/** A shallow clone (only the newest commit) of a repository; returns its folder. */
export function shallowClone(repo: string, depth = 1): string {
  const clone = mkdtempSync(join(tmpdir(), 'kfp-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', String(depth), `file://${repo}`, clone], { stdio: 'ignore' });
  return clone;
}
