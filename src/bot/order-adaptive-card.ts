import type { OrderCardContent } from '../../dialogs/customer-copy/order-card-copy';

/**
 * Lays out an order card as an Adaptive Card 1.4 (what Web Chat and Teams
 * both render). `fallbackText` carries the full text reply, for channels that
 * cannot draw cards.
 */
export function orderAdaptiveCard(content: OrderCardContent, fallbackText: string): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    fallbackText,
    speak: fallbackText,
    body: [
      { type: 'TextBlock', text: content.title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...content.parcels.map((parcel, index) => ({
        type: 'Container',
        separator: index > 0,
        spacing: 'Medium',
        items: [
          { type: 'TextBlock', text: parcel.heading, weight: 'Bolder', wrap: true },
          { type: 'FactSet', facts: parcel.facts },
          ...(parcel.note ? [{ type: 'TextBlock', text: parcel.note, wrap: true, isSubtle: true, size: 'Small' }] : []),
          ...(parcel.tracking
            ? [{ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: parcel.tracking.label, url: parcel.tracking.url }] }]
            : []),
        ],
      })),
    ],
    actions: [{ type: 'Action.OpenUrl', title: content.helpLink.label, url: content.helpLink.url }],
  };
}
