// Hostile titles and descriptions: escaped as text, markdown rendered without anything executable.
import { describe, expect, it } from 'vitest';
import { renderManual } from '../../src/adapters/render-manual.js';
import { ORG, repoFromYaml, STANDARD } from './helpers.js';

const HOSTILE = STANDARD.replace('title: Orders', `title: '<script>alert(1)</script> Orders'`)
  .replace('purpose: Orders are **confirmed** fast.', `purpose: |
    Click [here](javascript:alert(1)) or [there](JAVASCRIPT:alert(2)) <img src=x onerror=alert(3)>
    ![pixel](http://tracker.example/p.png) and [ok](https://example.com/ok)

    [ref]: javascript:alert(4)`)
  .replace('name: Intake,', `name: 'Intake" onmouseover="alert(5)',`)
  .replace("reason: pilot", `reason: '</script><script>alert(6)</script>'`);

function render(format: 'markdown' | 'html'): Map<string, string> {
  const repo = repoFromYaml({ 'org.yaml': ORG, 's.yaml': HOSTILE });
  return renderManual(repo, { formats: [format], date: '2026-12-01' });
}

describe('hostile user text', () => {
  it('HTML: no script, event handler or javascript: link gets through', () => {
    const html = render('html').get('html/index.html')!;
    const body = html.slice(0, html.indexOf('<script type="application/json"'));
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/<img/i);
    expect(body).not.toMatch(/\son\w+="/i);
    expect(body).not.toMatch(/href="\s*javascript:/i);
    expect(body).not.toMatch(/src="http/);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Orders');
    expect(body).toContain('&lt;img src=x onerror=alert(3)&gt;');
    expect(body).toContain('href="https://example.com/ok" rel="noopener noreferrer"');
    // the search index sits inside a script element: no way out of it
    const json = html.slice(html.indexOf('<script type="application/json"'));
    expect(json.match(/<\/script>/g)).toHaveLength(2);
    expect(json.match(/<script/g)).toHaveLength(2);
  });

  it('SVG labels are escaped too', () => {
    const html = render('html').get('html/index.html')!;
    const svg = /<svg class="flowchart"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toContain('Intake&quot; onmouseover=&quot;alert(5)');
    expect(svg).not.toMatch(/\sonmouseover="/);
  });

  it('Markdown: raw HTML neutralised, script links pointed nowhere, Mermaid labels escaped', () => {
    const md = render('markdown').get('markdown/standards/orders.md')!;
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/<img/i);
    expect(md).not.toMatch(/javascript:/i);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Orders');
    expect(md).toContain('[here](#)');
    expect(md).toContain('[ref]: #');
    expect(md).toContain('Intake#34; onmouseover=#34;alert(5)');
  });
});
