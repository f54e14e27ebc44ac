import { escapeMarkdown, markdownLink, quoteTyped } from '../../../dialogs/customer-copy/markdown';

describe('escapeMarkdown', () => {
  test('neutralises emphasis, links, images, code and html', () => {
    expect(escapeMarkdown('**bold** _it_ [a](b) ![i](j) `c` <b>')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\[a\\]\\(b\\) \\!\\[i\\]\\(j\\) \\`c\\` \\<b\\>');
  });

  test('keeps a value on one line', () => {
    expect(escapeMarkdown('line one\n\n# heading')).toBe('line one \\# heading');
  });

  test('leaves ordinary names and references readable', () => {
    expect(escapeMarkdown("Bob's Home-Wares Pty. Ltd. & Co")).toBe("Bob's Home-Wares Pty. Ltd. & Co");
    expect(escapeMarkdown('MP-7Q4K2PXA')).toBe('MP-7Q4K2PXA');
  });
});

describe('markdownLink', () => {
  test('escapes the text and keeps brackets and spaces from ending the target early', () => {
    expect(markdownLink('A]B', 'https://x.example/a (b)')).toBe('[A\\]B](https://x.example/a%20%28b%29)');
  });
});

describe('quoteTyped', () => {
  test('quotes, escapes and shortens what the customer typed', () => {
    expect(quoteTyped('*hi*')).toBe('“\\*hi\\*”');
    expect(quoteTyped('x'.repeat(100), 10)).toBe(`“${'x'.repeat(10)}…”`);
  });
});
