import { RETAILER_LINKS, type RetailerLink } from '../retailer-links';

/**
 * Web Chat renders bot text as markdown, so anything we did not write
 * ourselves (what the customer typed, seller and store names, carrier
 * headlines) is escaped: a customer must not be able to make the bot show
 * a link or formatting, and a seller called "Toys_R_Fun" must read as typed.
 * Escaped values always sit inside our own sentences, never at the start of
 * a line, so "-" and "." (list markers only there) are left alone and
 * references like MP-7Q4K2PXA read naturally in the raw text too.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+!|<>~]/g;

/** Also folds line breaks and runs of spaces, so a value stays inline in its sentence. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}

/** encodeURIComponent leaves ( and ) alone, and either would end a markdown link target early. */
function safeLinkTarget(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${safeLinkTarget(url)})`;
}

/** What the customer typed, shown back to them: escaped and cut short so a pasted essay is not echoed. */
export function quoteTyped(text: string, maxLength = 40): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const cut = folded.length > maxLength ? `${folded.slice(0, maxLength).trimEnd()}…` : folded;
  return `“${escapeMarkdown(cut)}”`;
}

export function bulletList(lines: string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

/** Paragraphs of a reply; empty parts are left out so optional sentences need no special cases. */
export function paragraphs(...parts: (string | null | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');
}

/** Sentences of one paragraph, skipping the ones that do not apply. */
export function sentences(...parts: (string | null | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}

/** A link to one of the retailer's help pages, in the words of the sentence around it. */
export function helpLink(page: RetailerLink, text: string = RETAILER_LINKS[page].title): string {
  return markdownLink(text, RETAILER_LINKS[page].url);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
