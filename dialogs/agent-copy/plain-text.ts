/**
 * The customer copy is markdown for Web Chat; an agent pastes text into their
 * desk tool, so links become "text (url)" and emphasis and escapes go.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g, (_match, text: string, url: string) => `${text} (${url})`)
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+!|<>~])/g, '$1');
}
