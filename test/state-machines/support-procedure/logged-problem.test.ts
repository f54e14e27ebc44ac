import { MANY_PARCELS_ORDER } from '../../support/procedure-harness';
import { typedConversation } from '../../support/typed-conversation';

/**
 * Asking again about a problem this conversation already logged a case for
 * (logged-problem.ts) is answered from that case: its reference and when
 * the customer will hear back, and no second case. A parcel the case does
 * not cover is still a new problem.
 */
describe('a problem already logged', () => {
  test('asking about a missing parcel under investigation answers from the investigation', async () => {
    const chat = await typedConversation();
    await chat.says("4000123462 noah.williams@example.com my parcel says delivered but it's not here");
    const opened = await chat.says('no, still missing');
    expect(opened.keys).toEqual(['investigation_opened']);
    const [investigation] = await chat.cases('4000123462');
    expect(investigation).toBeDefined();
    const reference = investigation?.reference ?? '';

    for (const text of ["it says delivered but I still don't have it, what now?", "how long will the investigation take and what if they can't find it?"]) {
      const asked = await chat.says(text);
      expect(asked.keys).toEqual(['case_timeline']);
      expect(asked.text).toContain(reference);
      expect(asked.text).toMatch(/within 2 business days/);
      expect(asked.text).not.toMatch(/places worth checking/);
    }
    expect(await chat.cases('4000123462')).toHaveLength(1);
  });

  test('asking again for a refund already requested answers from the request', async () => {
    const chat = await typedConversation();
    await chat.says('4000123459 charlotte.wilson@example.com, it is really late');
    await chat.says('yes please');
    await chat.says('a refund');
    expect((await chat.says('yes')).keys).toEqual(['remedy_requested']);
    const [request] = await chat.cases('4000123459');

    const again = await chat.says('can I just get a refund for it?');
    expect(again.keys).toEqual(['case_timeline']);
    expect(again.text).toContain(request?.reference ?? 'no request was logged');
    expect(await chat.cases('4000123459')).toHaveLength(1);
  });

  test('coming back to a late parcel whose refund is already requested points to the request; no remedy is offered again', async () => {
    const chat = await typedConversation();
    await chat.says('4000123459 charlotte.wilson@example.com, it is really late');
    await chat.says('yes please');
    await chat.says('a refund');
    await chat.says('yes');
    const [request] = await chat.cases('4000123459');

    const again = await chat.says("it's still late, what's happening with it");
    expect(again.keys).toEqual(['parcel_delayed', 'case_timeline']);
    expect(again.text).toContain(request?.reference ?? 'no request was logged');
    expect(again.buttons).not.toContain('Yes please');
  });

  test('a Click & Collect store check covers the whole order', async () => {
    const chat = await typedConversation();
    await chat.says('4000123466 grace.lee@example.com');
    expect((await chat.says('it says collected but I never picked it up')).keys).toEqual(['store_check_requested']);

    const again = await chat.says("the store says it was collected, I didn't collect it");
    expect(again.keys).toEqual(['case_timeline']);
    expect(again.text).toMatch(/store check/);
    expect(await chat.cases('4000123466')).toHaveLength(1);
  });

  test('another delivered parcel of the same order, not under investigation, gets the tips of its own', async () => {
    const chat = await typedConversation();
    await chat.says(`${MANY_PARCELS_ORDER.orderNumber} pat.reed@example.com, it says delivered but it's not here`);
    await chat.says('1');
    expect((await chat.says('no')).keys).toEqual(['investigation_opened']);

    const other = await chat.says("the koala crafts parcel says delivered too but I can't find it");
    expect(other.keys).toEqual(['missing_parcel_tips']);
    expect(other.text).toMatch(/parcel from Koala Crafts/);
    expect((await chat.cases(MANY_PARCELS_ORDER.orderNumber)).map((c) => c.shipmentId)).toEqual(['S1']);
  });
});
