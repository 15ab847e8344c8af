// "What changed in this version": the latest released section of a Keep a Changelog file.

export interface ChangelogSection {
  heading: string;
  body: string;
}

/** The first `## ` section that is not "Unreleased"; undefined when there is none. */
export function latestChanges(text: string | undefined): ChangelogSection | undefined {
  if (!text) return undefined;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = -1;
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const m = /^##\s+(.*\S)\s*$/.exec(lines[i]!);
    if (!m) continue;
    if (start >= 0) return section(heading, lines.slice(start, i));
    if (/^\[?unreleased\]?$/i.test(m[1]!.trim())) continue;
    heading = m[1]!.replace(/^\[([^\]]*)\]/, '$1');
    start = i + 1;
  }
  return start >= 0 ? section(heading, lines.slice(start)) : undefined;
}

function section(heading: string, body: string[]): ChangelogSection {
  // link reference definitions at the end of a changelog point to compare views: not part of the section
  const kept = body.filter((l) => !/^\[[^\]]+\]:\s*\S/.test(l));
  // sub-headings become level 3 and below so they sit under the manual's own heading
  const text = kept.map((l) => (/^#{3,5}\s/.test(l) ? `#${l}` : l)).join('\n').trim();
  return { heading, body: text };
}
