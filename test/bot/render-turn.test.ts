import { CUSTOMER_COPY, renderForCustomer } from '../support/customer-copy';
import { renderTurn } from '../../src/bot/render-turn';
import type { TurnOutcome } from '../../src/conversation/run-support-turn';
import { envelopeOf } from '../../state-machines/snapshot-envelope';
import { initialContext } from '../../state-machines/support-context';
import { sampleMessage } from '../support/sample-messages';

function outcomeSaying(message: ReturnType<typeof sampleMessage>): TurnOutcome {
  return {
    envelope: envelopeOf({}, new Date('2026-11-20T01:00:00Z')),
    replies: [message],
    offers: [{ kind: 'topic', topic: 'talk_to_person' }],
    handoff: null,
    step: 'explain_status',
    context: initialContext({ conversationId: 'render' }),
  };
}

describe('renderTurn', () => {
  const status = sampleMessage('order_status');

  test('a channel that draws cards gets the order as an Adaptive Card carrying the full text as fallback', () => {
    const [activity] = renderTurn(outcomeSaying(status), 'webchat', CUSTOMER_COPY);
    expect(activity?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(activity?.attachments?.[0]?.content)).toContain('fallbackText');
  });

  test('any other channel (SMS, say) gets the whole order as text, with no card', () => {
    const [activity] = renderTurn(outcomeSaying(status), 'sms', CUSTOMER_COPY);
    expect(activity?.attachments ?? []).toEqual([]);
    expect(activity?.text).toBe(renderForCustomer(status));
  });

  test('the offered follow-ups ride on the last message as messageBack buttons', () => {
    const [activity] = renderTurn(outcomeSaying(status), 'sms', CUSTOMER_COPY);
    expect(activity?.suggestedActions?.actions).toEqual([
      expect.objectContaining({ type: 'messageBack', title: 'Talk to a person', value: { topic: 'talk_to_person' } }),
    ]);
  });
});
