/** A piece of message text: plain text, or a link recognised in it. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// https URLs; explicit tel: numbers; and the emergency and advice numbers 112 and 1177 standing alone.
const PATTERN = /https:\/\/[^\s<>"'`]+|tel:\+?[\d][\d\s-]{1,18}\d|(?<![\w+/-])(?:112|1177)(?![\w/-])/gi;
const TRAILING = /[.,;:!?)\]}'"»]+$/;

/**
 * Splits backend text into text and links, recognising only `https:` URLs and telephone numbers.
 * The result is rendered as text nodes and `<a>` elements built from it, never parsed as HTML.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PATTERN)) {
    let raw = match[0];
    const start = match.index ?? 0;
    if (raw.toLowerCase().startsWith('https://')) {
      // Keep a closing bracket that belongs to the URL, drop sentence punctuation after it.
      let trimmed = raw.replace(TRAILING, '');
      while (trimmed.length < raw.length && raw[trimmed.length] === ')' && count(trimmed, '(') > count(trimmed, ')')) {
        trimmed += ')';
      }
      raw = trimmed;
    }
    const href = toHref(raw);
    if (!href) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

function toHref(raw: string): string | undefined {
  if (/^https:\/\//i.test(raw)) {
    try {
      const url = new URL(raw);
      return url.protocol === 'https:' && url.hostname && !url.username && !url.password ? url.href : undefined;
    } catch {
      return undefined;
    }
  }
  const digits = raw.replace(/^tel:/i, '').replace(/[\s-]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}
