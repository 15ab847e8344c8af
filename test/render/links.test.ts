// Walks every generated link of the example manual and checks that its target exists.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlHrefs, htmlIds, markdownLinks, renderExample } from './helpers.js';

const variants = [{}, { region: 'SC' }, { region: 'NC', lang: 'en' as const }];

describe.each(variants)('every link resolves (%o)', (opts) => {
  it('Markdown: relative files and their anchors', async () => {
    const files = await renderExample({ formats: ['markdown'], ...opts });
    const ids = new Map([...files].map(([path, text]) => [path, htmlIds(text)]));
    const broken: string[] = [];
    let count = 0;
    for (const [path, text] of files) {
      for (const link of markdownLinks(text)) {
        if (/^https?:/.test(link)) continue;
        count++;
        const [file, anchor] = link.split('#') as [string, string | undefined];
        const target = file === '' ? path : posix.normalize(posix.join(posix.dirname(path), file));
        if (!ids.has(target)) broken.push(`${path}: ${link} (no file ${target})`);
        else if (anchor !== undefined && !ids.get(target)!.has(anchor)) broken.push(`${path}: ${link} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(count).toBeGreaterThan(300);
  });

  it('HTML: every href and diagram reference points at an id on the page', async () => {
    const html = (await renderExample({ formats: ['html'], ...opts })).get('html/index.html')!;
    const ids = htmlIds(html);
    const hrefs = htmlHrefs(html);
    expect(hrefs.length).toBeGreaterThan(300);
    expect(hrefs.filter((h) => !h.startsWith('#') || !ids.has(h.slice(1)))).toEqual([]);
    const markers = [...html.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(markers.filter((m) => !ids.has(m))).toEqual([]);
    const duplicates = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!).filter((id, i, all) => all.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });
});
