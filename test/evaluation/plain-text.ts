/**
 * A reply as a customer reads it, for matching expectations: markdown links
 * read "text (url)", bold markers and escapes are gone.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)\)/g, '$1 ($2)')
    .replace(/\*\*/g, '')
    .replace(/\\([\\`*_{}[\]()#+!|<>~.-])/g, '$1');
}
