import { agentReplyFor, agentWords } from '../../../dialogs/agent-copy/agent-replies';
import { plainText } from '../../../dialogs/agent-copy/plain-text';
import { MESSAGE_KEYS, message } from '../../../state-machines/support-messages';
import { CUSTOMER_COPY } from '../../support/customer-copy';
import { aMixedOrderView, sampleMessage } from '../../support/sample-messages';

/** What a person would never say to a customer: the bot's buttons, markdown, internal words, unformatted values. */
const NOT_A_PERSON = [/\btap\b/i, /button/i, /\*\*/, /\]\(/, /\bI'm a bot\b/i, /\bundefined\b/, /\bnull\b/, /\[object /];

describe('agent copy', () => {
  test.each(MESSAGE_KEYS)('words "%s" for a person to send, or deliberately says nothing', (key) => {
    const words = agentWords(sampleMessage(key), CUSTOMER_COPY);
    if (key === 'with_a_person') {
      expect(words).toBeNull();
      return;
    }
    expect(words?.trim().length).toBeGreaterThan(0);
    for (const pattern of NOT_A_PERSON) expect(words).not.toMatch(pattern);
  });

  test('gives the same facts as the bot: tracking numbers with their links, in plain text', () => {
    const order = aMixedOrderView();
    const words = agentWords(message('order_status', { order }), CUSTOMER_COPY) ?? '';
    for (const shipment of order.shipments) {
      if (shipment.trackingNumber && shipment.trackingLink) expect(words).toContain(`${shipment.trackingNumber} (${shipment.trackingLink})`);
    }
  });

  test('the handoff is the agent introducing themselves, not the bot announcing a person', () => {
    const words = agentWords(sampleMessage('handoff'), CUSTOMER_COPY) ?? '';
    expect(words).toMatch(/taking over/);
    expect(words).not.toMatch(/I'm bringing in a person/);
  });

  test('alternatives: a shorter one and a warmer one that uses the name', () => {
    const reply = agentReplyFor([sampleMessage('missing_parcel_tips')], CUSTOMER_COPY, 'Noah');
    const [shorter, warmer] = reply.alternatives;
    expect(shorter?.length).toBeLessThan(reply.suggestedReply.length);
    expect(warmer).toMatch(/^Thanks so much for your patience, Noah/);
  });

  test('plain text keeps what links and escapes said', () => {
    expect(plainText('Track it here: [36LB\\_1](https://t.example/36LB_1). Ref **MP-1**, Toys\\_R\\_Fun')).toBe(
      'Track it here: 36LB_1 (https://t.example/36LB_1). Ref MP-1, Toys_R_Fun',
    );
  });
});
