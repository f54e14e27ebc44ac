import { OrderSchema } from '../../src/domain/order';
import { aCollectionOrder, anOrder, aShipment } from './order-builder';

describe('order builder', () => {
  it('builds the contract example order by default', () => {
    const order = anOrder();
    expect(OrderSchema.safeParse(order).success).toBe(true);
    expect(order.orderNumber).toBe('4000123456');
    expect(order.shipments.map((s) => [s.shipmentId, s.status, s.carrier])).toEqual([['S1', 'shipped', 'auspost']]);
  });

  it('merges customer overrides into the defaults', () => {
    const order = anOrder({ customer: { phone: null } });
    expect(order.customer).toEqual({ firstName: 'Sam', email: 'sam.nguyen@example.com', phone: null });
  });

  it('numbers shipments S1, S2, ... unless told otherwise', () => {
    const order = anOrder({ shipments: [{}, { shipmentId: 'MP-7' }, {}] });
    expect(order.shipments.map((s) => s.shipmentId)).toEqual(['S1', 'MP-7', 'S3']);
  });

  it('builds a consistent Click & Collect order', () => {
    const order = aCollectionOrder();
    expect(order.deliveryAddress).toBeNull();
    expect(order.collectionStore?.name).toBe('Kmart Parramatta');
    expect(order.shipments[0]?.status).toBe('ready_to_collect');
  });

  it('refuses to build what the OMS could not send', () => {
    expect(() => aShipment({ dispatchedAt: 'yesterday' })).toThrow();
    expect(() => anOrder({ shipments: [] })).toThrow();
    expect(() => anOrder({ shipments: [{ shipmentId: 'A' }, { shipmentId: 'A' }] })).toThrow();
  });
});
