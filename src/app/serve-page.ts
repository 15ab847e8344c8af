// The pages `stdkit serve` shows: the HTML manual with the lint findings on top and a script that
// reloads on change; when the repository cannot be read, a page that says why (and still reloads).
import { renderManual } from '../adapters/render-manual.js';
import type { Finding } from '../core/lint/types.js';
import { escapeHtml } from '../core/render/text.js';
import { formatLocation, StdkitError } from '../errors.js';
import { lintRepository } from './lint.js';
import { loadRepository } from './load.js';

export const EVENTS_PATH = '/__stdkit/events';


const RELOAD = `<script>(()=>{const es=new EventSource(${JSON.stringify(EVENTS_PATH)});es.addEventListener('reload',()=>location.reload());})();</script>`;

const BOX = 'position:sticky;top:0;z-index:9999;margin:0;padding:.6em 1em;font:13px/1.5 ui-monospace,monospace;max-height:40vh;overflow:auto;';

function banner(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const color = errors > 0 ? 'background:#fde8e8;color:#7a1010;border-bottom:2px solid #c62828' : 'background:#fff7e0;color:#5d4300;border-bottom:2px solid #e0a800';
  const rows = findings
    .slice(0, 200)
    .map((f) => `<li>${escapeHtml(`${f.file}:${f.line}:${f.column}`)} <b>${f.severity}</b> ${escapeHtml(f.message)} <i>${escapeHtml(f.rule)}</i></li>`)
    .join('');
  const more = findings.length > 200 ? `<li>… and ${findings.length - 200} more: run stdkit lint</li>` : '';
  return `<div id="stdkit-lint" role="alert" style="${BOX}${color}"><strong>stdkit lint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}</strong> (documents with errors are left out of the manual)<ul style="margin:.3em 0 0;padding-left:1.2em">${rows}${more}</ul></div>`;
}

/** our banner after <body>, the reload script before </body>, and the CSP opened for the event stream */
export function inject(html: string, findings: readonly Finding[]): string {
  let out = html.replace(/(http-equiv="Content-Security-Policy"\s+content=")/i, `$1connect-src 'self'; `);
  const b = banner(findings);
  out = /<body[^>]*>/i.test(out) ? out.replace(/<body[^>]*>/i, (m) => `${m}${b}`) : `${b}${out}`;
  return out.includes('</body>') ? out.replace('</body>', `${RELOAD}</body>`) : `${out}${RELOAD}`;
}

export function errorPage(e: unknown): string {
  const where = e instanceof StdkitError ? formatLocation(e.location) : '';
  const message = e instanceof Error ? e.message : String(e);
  const hint = e instanceof StdkitError && e.hint ? `<p>${escapeHtml(e.hint)}</p>` : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>stdkit serve: error</title></head><body><div id="stdkit-error" role="alert" style="${BOX}background:#fde8e8;color:#7a1010"><strong>stdkit cannot show the manual</strong><p>${escapeHtml(where ? `${where}: ${message}` : message)}</p>${hint}<p>Fix it and save: this page reloads by itself.</p></div>${RELOAD}</body></html>`;
}

/** every page of the manual by URL path ("/" is the manual itself) */
export async function buildSite(cwd: string): Promise<Map<string, string>> {
  const site = new Map<string, string>();
  try {
    const repo = await loadRepository(cwd);
    let findings: Finding[] = [];
    try {
      findings = (await lintRepository({ cwd: repo.root })).result.findings;
    } catch (e) {
      site.set('/', errorPage(e));
      return site;
    }
    for (const [path, text] of renderManual(repo, { formats: ['html'] })) {
      if (!path.startsWith('html/')) continue;
      const url = `/${path.slice('html/'.length)}`;
      site.set(url, url.endsWith('.html') ? inject(text, findings) : text);
    }
    const index = site.get('/index.html');
    if (index !== undefined) site.set('/', index);
  } catch (e) {
    site.set('/', errorPage(e));
  }
  return site;
}
