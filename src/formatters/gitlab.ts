// GitLab Code Quality report (a JSON array of issues) for merge request widgets.
import { createHash } from 'node:crypto';
import type { Formatter } from './types.js';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export const gitlab: Formatter = (result) => {
  // The line is left out of the fingerprint so that an issue keeps its identity when lines move;
  // an occurrence counter separates findings that would otherwise collide.
  const used = new Set<string>();
  const issues = result.findings.map((f) => {
    const key = [f.rule, f.file, f.path, f.message].join('\u0000');
    let fingerprint = sha256(key);
    for (let n = 1; used.has(fingerprint); n++) fingerprint = sha256(`${key}\u0000${n}`);
    used.add(fingerprint);
    return {
      description: f.message,
      check_name: f.rule,
      fingerprint,
      severity: f.severity === 'error' ? 'major' : 'minor',
      location: { path: f.file.replace(/\\/g, '/'), lines: { begin: f.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
