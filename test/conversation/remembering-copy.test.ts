import type { CustomerCopy } from '../../dialogs/customer-copy/customer-copy';
import type { SupportMessage } from '../../state-machines/support-messages';
import { rememberingCopy } from '../../src/conversation/remembering-copy';

test('a message object is put into words once; another object, even with the same content, is rendered again', () => {
  const rendered: SupportMessage[] = [];
  const copy: CustomerCopy = {
    render: (message) => {
      rendered.push(message);
      return `words for ${message.key} #${rendered.length}`;
    },
  };
  const remembering = rememberingCopy(copy);
  const message: SupportMessage = { key: 'welcome', data: {} };
  const again: SupportMessage = { key: 'welcome', data: {} };
  expect(remembering.render(message)).toBe('words for welcome #1');
  expect(remembering.render(message)).toBe('words for welcome #1');
  expect(remembering.render(again)).toBe('words for welcome #2');
  expect(rendered).toEqual([message, again]);
});
