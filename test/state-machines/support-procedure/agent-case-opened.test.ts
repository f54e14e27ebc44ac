import { replyKeys, replyOf } from '../../support/procedure-harness';
import { details, foundOrder, says, conversation } from './branch-conversations';

/** A case an agent opened from the copilot reaches the machine as an event: the machine's record of cases is the one truth. */
describe('agent.caseOpened', () => {
  test('during the tips: recorded once, told in the bot\'s words, the question is over; asking again gets that case', async () => {
    const { driver } = await foundOrder('4000123462', says.notHere);
    const { supportCase: opened } = await driver.harness.caseStore.open({
      kind: 'missing_parcel_investigation',
      orderNumber: '4000123462',
      shipmentId: 'S1',
      customerSaid: 'not here',
      details: null,
      conversationId: 'desk-1',
    });
    const recorded = await driver.send({ type: 'agent.caseOpened', supportCase: opened });
    expect(replyOf(recorded, 'investigation_opened').data.supportCase.reference).toBe(opened.reference);
    expect(recorded.context.cases.map((c) => c.reference)).toEqual([opened.reference]);
    expect(recorded.context.tried).toContain('missing_parcel_investigation_opened');
    expect(recorded.step).toBe('explain_status');

    // The same case again (a second click) is remembered once.
    const twice = await driver.send({ type: 'agent.caseOpened', supportCase: opened });
    expect(twice.context.cases).toHaveLength(1);

    const again = await driver.send(says.notHere);
    expect(replyKeys(again)).toEqual(['case_timeline']);
    expect(await driver.harness.caseStore.casesForOrder('4000123462')).toHaveLength(1);
  });

  test('ignored before verification and for another order', async () => {
    const driver = conversation();
    const { supportCase: stranger } = await driver.harness.caseStore.open({
      kind: 'marketplace_ticket',
      orderNumber: '4000123471',
      shipmentId: 'S1',
      customerSaid: '',
      details: null,
      conversationId: null,
    });
    const before = await driver.send({ type: 'agent.caseOpened', supportCase: stranger });
    expect(before.replies).toEqual([]);
    expect(before.context.cases).toEqual([]);

    await driver.send(details('4000123456'));
    const other = await driver.send({ type: 'agent.caseOpened', supportCase: stranger });
    expect(other.replies).toEqual([]);
    expect(other.context.cases).toEqual([]);
  });
});
