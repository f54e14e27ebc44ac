import { z } from 'zod';
import { DeliveryWindowSchema } from './delivery-window-types';
import {
  AuStateSchema,
  CollectionStoreSchema,
  DeliveryZoneSchema,
  IsoTimeSchema,
  ProofOfDeliverySchema,
  SellerSchema,
  ShipmentStatusSchema,
  TrackingEventSchema,
} from './order';

/**
 * An order as the procedure needs it: every shipment with its carrier, link,
 * window and the conditions the procedure branches on, judged at `assessedAt`.
 * Bot and copilot render this same view; it is JSON-safe so it can live in a
 * conversation snapshot.
 */
export const ShipmentViewSchema = z.object({
  shipmentId: z.string(),
  seller: SellerSchema,
  status: ShipmentStatusSchema,
  items: z.array(z.object({ name: z.string(), quantity: z.number().int() })),
  carrier: z.object({ code: z.string(), name: z.string(), helpPhone: z.string().nullable() }).nullable(),
  trackingNumber: z.string().nullable(),
  trackingLink: z.string().nullable(),
  dispatchedAt: IsoTimeSchema.nullable(),
  deliveredAt: IsoTimeSchema.nullable(),
  readyForCollectionAt: IsoTimeSchema.nullable(),
  lastScan: TrackingEventSchema.nullable(),
  proofOfDelivery: ProofOfDeliverySchema.nullable(),
  window: DeliveryWindowSchema,
  /** The carrier's service alerts in force for this parcel's state, already counted in the window. */
  alerts: z.array(z.object({ headline: z.string(), expectedDelayBusinessDays: z.number().int().nullable() })),
  conditions: z.object({
    noTrackingYet: z.boolean(),
    /** When scans should have appeared (dispatch + grace); null when not dispatched. */
    trackingExpectedBy: IsoTimeSchema.nullable(),
    trackingNotUpdating: z.boolean(),
    hoursSinceLastScan: z.number().nullable(),
    delayed: z.boolean(),
    delivered: z.boolean(),
    collectionDaysWaiting: z.number().int().nullable(),
  }),
});
export type ShipmentView = z.infer<typeof ShipmentViewSchema>;

export const OrderViewSchema = z.object({
  orderNumber: z.string(),
  placedAt: IsoTimeSchema,
  firstName: z.string().nullable(),
  fulfilment: z.enum(['home_delivery', 'click_and_collect']),
  deliverySpeed: z.enum(['standard', 'express']).nullable(),
  zone: DeliveryZoneSchema.nullable(),
  /** The state whose calendar and time zone the dates are in. */
  state: AuStateSchema,
  suburb: z.string(),
  collectionStore: CollectionStoreSchema.nullable(),
  shipments: z.array(ShipmentViewSchema).min(1),
  assessedAt: IsoTimeSchema,
});
export type OrderView = z.infer<typeof OrderViewSchema>;
