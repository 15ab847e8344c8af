// User text into the manual: escaped as text, or rendered as markdown with nothing executable left.
import MarkdownIt from 'markdown-it';

// html: false escapes raw HTML; markdown-it's validateLink drops javascript:, vbscript:, file: and data: links.
// Images are off: a remote image would be a network request from a manual meant to open offline.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('image');
const defaultLinkOpen = md.renderer.rules.link_open;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx]!.attrGet('href') ?? '';
  if (/^https?:/i.test(href)) tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
};

export function markdownToHtml(text: string | undefined): string {
  return text ? md.render(text) : '';
}

export function markdownInlineHtml(text: string | undefined): string {
  return text ? md.renderInline(text.replace(/\s*\n\s*/g, ' ')) : '';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => `&#${c.codePointAt(0)};`);
}

const SCRIPT_LINK = /(\]\(\s*<?\s*)(?:javascript|vbscript|data|file):[^)\s>]*/gi;
const SCRIPT_DEF = /^(\s{0,3}\[[^\]]+\]:\s*<?)(?:javascript|vbscript|data|file):\S*/gim;

/**
 * Markdown written by users, for the Markdown manual: kept as markdown, but with raw HTML
 * neutralised (every `<` becomes `&lt;`) and script links pointed nowhere, because MkDocs and
 * similar tools do not sanitize the way GitHub does.
 */
export function safeMarkdown(text: string | undefined): string {
  if (!text) return '';
  return text.replace(/\r\n?/g, '\n').trim().replace(/</g, '&lt;').replace(SCRIPT_LINK, '$1#').replace(SCRIPT_DEF, '$1#');
}

/** user markdown on one line, for a Markdown table cell */
export function safeMarkdownCell(text: string | undefined): string {
  return safeMarkdown(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** plain user text for a Markdown table cell: escaped as HTML text, pipes and line breaks defused */
export function markdownCell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** plain user text as the text of a Markdown link */
export function markdownLinkText(text: string): string {
  return escapeHtml(text).replace(/[[\]\\]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/** JSON that can sit inside a <script> element */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
