import { z } from 'zod';

/**
 * The Order JSON of shared/contracts/order-api.md. One schema serves the HTTP
 * source and the fixtures. Objects are non-strict on purpose: the contract
 * says unknown extra fields must be ignored so the OMS can grow.
 * Times stay ISO strings (validated, offset required) so that orders held in
 * a conversation snapshot survive JSON round trips unchanged.
 */
export const IsoTimeSchema = z.iso.datetime({ offset: true });
export type IsoTime = z.infer<typeof IsoTimeSchema>;

export const AU_STATES = ['NSW', 'VIC', 'QLD', 'SA', 'WA', 'TAS', 'NT', 'ACT'] as const;
export const AuStateSchema = z.enum(AU_STATES);
export type AuState = z.infer<typeof AuStateSchema>;

export const PostcodeSchema = z.string().regex(/^\d{4}$/, 'postcode must be 4 digits');

export const KNOWN_CARRIERS = [
  'auspost',
  'startrack',
  'aramex',
  'couriersplease',
  'tnt',
  'dhl',
  'teamglobalexpress',
  'sendle',
] as const;
export const CarrierCodeSchema = z.enum(KNOWN_CARRIERS);
export type CarrierCode = z.infer<typeof CarrierCodeSchema>;

export const ShipmentStatusSchema = z.enum([
  'processing',
  'picking',
  'ready_to_collect',
  'collected',
  'shipped',
  'out_for_delivery',
  'delivered',
  'cancelled',
]);
export type ShipmentStatus = z.infer<typeof ShipmentStatusSchema>;

export const SellerSchema = z.object({
  type: z.enum(['kmart', 'target', 'marketplace']),
  name: z.string().min(1),
});
export type Seller = z.infer<typeof SellerSchema>;

export const ItemSchema = z.object({
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int().positive(),
});

export const TrackingEventSchema = z.object({
  at: IsoTimeSchema,
  description: z.string(),
  location: z.string().nullable().optional().default(null),
});
export type TrackingEvent = z.infer<typeof TrackingEventSchema>;

export const ProofOfDeliverySchema = z.object({
  kind: z.enum(['signature', 'photo', 'safe_drop']),
  note: z.string().nullable(),
  url: z.string().nullable(),
});
export type ProofOfDelivery = z.infer<typeof ProofOfDeliverySchema>;

export const ShipmentSchema = z.object({
  shipmentId: z.string().min(1),
  seller: SellerSchema,
  status: ShipmentStatusSchema,
  items: z.array(ItemSchema),
  /** An unknown code is kept: it is shown by name, without a link. */
  carrier: z.string().min(1).nullable(),
  trackingNumber: z.string().min(1).nullable(),
  trackingUrl: z.string().url().nullable(),
  dispatchedAt: IsoTimeSchema.nullable(),
  lastScanAt: IsoTimeSchema.nullable(),
  readyForCollectionAt: IsoTimeSchema.nullable(),
  deliveredAt: IsoTimeSchema.nullable(),
  events: z.array(TrackingEventSchema),
  proofOfDelivery: ProofOfDeliverySchema.nullable(),
});
export type Shipment = z.infer<typeof ShipmentSchema>;

export const DeliveryZoneSchema = z.enum(['metro', 'regional', 'remote']);
export type DeliveryZone = z.infer<typeof DeliveryZoneSchema>;

export const DeliverySpeedSchema = z.enum(['standard', 'express']);
export type DeliverySpeed = z.infer<typeof DeliverySpeedSchema>;

export const AddressSchema = z.object({
  line1: z.string(),
  suburb: z.string(),
  state: AuStateSchema,
  postcode: PostcodeSchema,
});
export type Address = z.infer<typeof AddressSchema>;

export const CollectionStoreSchema = z.object({
  storeId: z.string(),
  name: z.string(),
  suburb: z.string(),
  state: AuStateSchema,
  postcode: PostcodeSchema,
  phone: z.string().nullable().optional().default(null),
  openingHours: z.string().nullable().optional().default(null),
});
export type CollectionStore = z.infer<typeof CollectionStoreSchema>;

export const OrderSchema = z
  .object({
    orderNumber: z.string().min(1),
    placedAt: IsoTimeSchema,
    customer: z.object({
      firstName: z.string().nullable(),
      email: z.string().min(3),
      phone: z.string().nullable(),
    }),
    fulfilment: z.enum(['home_delivery', 'click_and_collect']),
    deliverySpeed: DeliverySpeedSchema.nullable(),
    deliveryAddress: AddressSchema.nullable(),
    deliveryZone: DeliveryZoneSchema.nullable(),
    collectionStore: CollectionStoreSchema.nullable(),
    shipments: z.array(ShipmentSchema).min(1, 'an order has at least one shipment'),
  })
  .superRefine((order, ctx) => {
    if (order.fulfilment === 'home_delivery' && order.deliveryAddress === null) {
      ctx.addIssue({ code: 'custom', path: ['deliveryAddress'], message: 'home delivery needs a delivery address' });
    }
    if (order.fulfilment === 'click_and_collect' && order.collectionStore === null) {
      ctx.addIssue({ code: 'custom', path: ['collectionStore'], message: 'Click & Collect needs a collection store' });
    }
    const ids = new Set<string>();
    order.shipments.forEach((s, i) => {
      if (ids.has(s.shipmentId)) {
        ctx.addIssue({ code: 'custom', path: ['shipments', i, 'shipmentId'], message: 'shipmentId must be unique within the order' });
      }
      ids.add(s.shipmentId);
    });
  });
export type Order = z.infer<typeof OrderSchema>;

export const OrderSummarySchema = z.object({
  orderNumber: z.string().min(1),
  placedAt: IsoTimeSchema,
  status: ShipmentStatusSchema,
  itemCount: z.number().int().nonnegative(),
});
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const CustomerOrdersResponseSchema = z.object({ orders: z.array(OrderSummarySchema) });

export const CarrierAlertSchema = z.object({
  carrier: z.string().min(1),
  /** Empty means every state. */
  states: z.array(AuStateSchema),
  headline: z.string(),
  detail: z.string(),
  from: IsoTimeSchema,
  until: IsoTimeSchema.nullable(),
  expectedDelayBusinessDays: z.number().int().nonnegative().nullable(),
});
export type CarrierAlert = z.infer<typeof CarrierAlertSchema>;

export const CarrierAlertsResponseSchema = z.object({ alerts: z.array(CarrierAlertSchema) });
