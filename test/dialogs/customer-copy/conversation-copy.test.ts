import { renderForCustomer } from '../../support/customer-copy';
import { NotUnderstoodReasonSchema, type NotUnderstoodReason } from '../../../state-machines/customer-intent';
import { message } from '../../../state-machines/support-messages';

const notUnderstood = (reason: NotUnderstoodReason | 'unclear', offerPerson = false) =>
  renderForCustomer(message('not_understood', { reason, offerPerson }));

describe('not_understood', () => {
  test('says something specific for each reason', () => {
    expect(notUnderstood('empty')).toMatch(/^I didn't catch anything/);
    expect(notUnderstood('too_long')).toMatch(/long message.*short version/);
    expect(notUnderstood('emoji_only')).toMatch(/emoji/);
    expect(notUnderstood('other_language')).toMatch(/only help in English at the moment/);
    expect(notUnderstood('gibberish')).toMatch(/^Sorry, I didn't get that/);
    expect(notUnderstood('unclear')).toMatch(/^Sorry, I didn't get that/);
  });

  test.each([...NotUnderstoodReasonSchema.options, 'unclear' as const])('"%s" reminds what the customer can do', (reason) => {
    expect(notUnderstood(reason)).toMatch(/where your order is/);
  });

  test('offers a person only when asked to', () => {
    expect(notUnderstood('gibberish', true)).toMatch(/put you through to a person/);
    expect(notUnderstood('gibberish', false)).not.toMatch(/person/);
  });
});

describe('around the conversation', () => {
  test('off_topic says what the bot can help with', () => {
    expect(renderForCustomer(message('off_topic', {}))).toMatch(/only help with Kmart online orders/);
  });

  test('goodbye uses the first name when there is one', () => {
    expect(renderForCustomer(message('goodbye', { firstName: 'Sam' }))).toMatch(/^Thanks, Sam!/);
    expect(renderForCustomer(message('goodbye', { firstName: null }))).toMatch(/^Thanks!/);
  });

  test('goodbye escapes a name with markdown in it', () => {
    expect(renderForCustomer(message('goodbye', { firstName: '_Sam_' }))).toContain('\\_Sam\\_');
  });
});
