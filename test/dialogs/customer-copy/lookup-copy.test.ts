import { renderForCustomer } from '../../support/customer-copy';
import { ORDER_TOPICS } from '../../../state-machines/customer-intent';
import { message } from '../../../state-machines/support-messages';

describe('welcome', () => {
  test('says what the bot does, asks for order number and checkout email or phone, and offers a person', () => {
    const text = renderForCustomer(message('welcome', {}));
    expect(text).toContain('Kmart online order');
    expect(text).toContain('order number');
    expect(text).toMatch(/email or phone number you used at checkout/);
    expect(text).toMatch(/talk to a person at any time/);
  });
});

describe('ask_for_details', () => {
  test('acknowledges the problem before asking', () => {
    const text = renderForCustomer(message('ask_for_details', { missing: 'both', problemNoted: 'delivered_not_received' }));
    expect(text).toMatch(/^Sorry to hear it says delivered but isn't there\. I'll look into that\./);
    expect(text).toContain('order number');
  });

  test('asks only for what is missing', () => {
    const contact = renderForCustomer(message('ask_for_details', { missing: 'contact', problemNoted: null }));
    expect(contact).toMatch(/email or phone number/);
    expect(contact).not.toMatch(/order number/);
    const orderNumber = renderForCustomer(message('ask_for_details', { missing: 'order_number', problemNoted: null }));
    expect(orderNumber).toMatch(/order number/);
    expect(orderNumber).not.toMatch(/phone/);
  });

  test.each(ORDER_TOPICS)('works for the noted topic %s', (topic) => {
    const text = renderForCustomer(message('ask_for_details', { missing: 'both', problemNoted: topic }));
    expect(text).toMatch(/order number, and the email or phone number/);
  });
});

describe('order_number_help', () => {
  test('shows what was typed and where to find the number', () => {
    const text = renderForCustomer(message('order_number_help', { typed: '12-34' }));
    expect(text).toContain('“12-34” doesn\'t look like an order number');
    expect(text).toContain('order confirmation email');
    expect(text).toContain('"Your order status" link');
    expect(text).toContain('shipping email or SMS');
    expect(text).toContain('order history');
    expect(text).toContain('10 digits');
  });

  test('escapes markdown in what the customer typed, so it cannot format or link', () => {
    const text = renderForCustomer(message('order_number_help', { typed: '**12** [x](https://evil.example) `a`' }));
    expect(text).toContain('\\*\\*12\\*\\* \\[x\\]\\(https://evil.example\\) \\`a\\`');
    expect(text).not.toContain('**12**');
    expect(text).not.toContain('[x](');
  });

  test('does not echo a long paste in full, nor its line breaks', () => {
    const typed = `${'9'.repeat(30)}\n\n# ${'x'.repeat(200)}`;
    const text = renderForCustomer(message('order_number_help', { typed }));
    expect(text).not.toContain('x'.repeat(50));
    expect(text).not.toMatch(/\n# /);
    expect(text).toContain('…');
  });

  test('still helps when nothing usable was typed', () => {
    expect(renderForCustomer(message('order_number_help', { typed: null }))).toContain("that doesn't look like an order number");
  });
});

describe('failed lookups', () => {
  test('lookup_failed never says whether the order exists or which detail was wrong, and asks to check both', () => {
    for (const attemptsLeft of [2, 1]) {
      const text = renderForCustomer(message('lookup_failed', { attemptsLeft }));
      expect(text).toContain("I couldn't match those details to an order");
      expect(text).not.toMatch(/not found|doesn't exist|does not exist|no such order|couldn't find an order with/i);
      expect(text).not.toMatch(/(email|phone)( number| address)? (is|was|looks) (wrong|incorrect|not right)/i);
      expect(text).not.toMatch(/wrong (email|phone)/i);
      expect(text).toMatch(/order number and the email or phone number/);
    }
  });

  test('the last try is mentioned gently, and only then', () => {
    expect(renderForCustomer(message('lookup_failed', { attemptsLeft: 1 }))).toContain('one more try');
    expect(renderForCustomer(message('lookup_failed', { attemptsLeft: 2 }))).not.toContain('try before');
  });

  test('order_system_unavailable blames us, never the order, and offers a retry and a person', () => {
    const text = renderForCustomer(message('order_system_unavailable', {}));
    expect(text).not.toMatch(/not found|doesn't exist|does not exist|couldn't find|can't find|no order|no such/i);
    expect(text).toMatch(/on our side, not with your order/);
    expect(text).toMatch(/try again/i);
    expect(text).toMatch(/person/);
  });

  test('too_many_attempts explains it is for their security and offers a person', () => {
    const text = renderForCustomer(message('too_many_attempts', {}));
    expect(text).toMatch(/several unsuccessful tries/);
    expect(text).toMatch(/keep your order details safe/);
    expect(text).toMatch(/person/);
  });
});

describe('recent_orders', () => {
  test('lists each order with the day it was placed, its size and status', () => {
    const text = renderForCustomer(
      message('recent_orders', {
        orders: [
          { orderNumber: '4000123456', placedAt: '2026-11-18T10:21:00+11:00', status: 'shipped', itemCount: 2 },
          { orderNumber: '4000123478', placedAt: '2026-10-14T09:00:00+11:00', status: 'delivered', itemCount: 1 },
        ],
        search: null,
      }),
    );
    expect(text).toContain('- 4000123456: placed Wed 18 Nov, 2 items, on its way');
    expect(text).toContain('- 4000123478: placed Wed 14 Oct, 1 item, delivered');
  });

  test('after looking for an item the customer named, says whether several orders have it or none could be told', () => {
    const orders = [{ orderNumber: '4000123456', placedAt: '2026-11-18T10:21:00+11:00', status: 'shipped' as const, itemCount: 2 }];
    expect(renderForCustomer(message('recent_orders', { orders, search: 'several' }))).toMatch(/More than one of your recent orders has that/);
    expect(renderForCustomer(message('recent_orders', { orders, search: 'no_match' }))).toMatch(/couldn't tell which of your recent orders/);
    expect(renderForCustomer(message('recent_orders', { orders, search: null }))).not.toMatch(/More than one|couldn't tell/);
  });
});

describe('starting again', () => {
  test('restarted and conversation_reset both ask for the details again, each saying why', () => {
    const restarted = renderForCustomer(message('restarted', {}));
    const reset = renderForCustomer(message('conversation_reset', {}));
    expect(restarted).toMatch(/start fresh/);
    expect(reset).toMatch(/updated this chat since your last visit/);
    for (const text of [restarted, reset]) expect(text).toMatch(/order number, and the email or phone number/);
  });
});
