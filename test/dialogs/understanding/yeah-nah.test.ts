import { resolveYeahNah } from '../../../dialogs/understanding/yeah-nah';

describe('resolveYeahNah', () => {
  it.each([
    ['yeah nah', 'nah'],
    ['Yeah, nah mate', 'nah mate'],
    ['nah yeah', 'yeah'],
    ['no yep that is right', 'yep that is right'],
    ['yeah that one', 'yeah that one'],
    ['nah not that', 'nah not that'],
  ])('reads %j as %j', (text, expected) => {
    expect(resolveYeahNah(text)).toBe(expected);
  });

  it('leaves words that merely contain yes or no alone', () => {
    expect(resolveYeahNah('yesterday nothing came')).toBe('yesterday nothing came');
  });
});
