/**
 * The retailer's own help pages that customer copy points to. Data rather
 * than words in each message, so a moved page is corrected in one place.
 */
export const RETAILER_LINKS = {
  deliveryTimeframes: { title: 'delivery timeframes', url: 'https://www.kmart.com.au/help/delivery/' },
  marketplaceDelivery: { title: 'Marketplace delivery', url: 'https://www.kmart.com.au/help/marketplace/' },
  clickAndCollect: { title: 'Click & Collect', url: 'https://www.kmart.com.au/help/click-and-collect/' },
} as const satisfies Record<string, { title: string; url: string }>;

export type RetailerLink = keyof typeof RETAILER_LINKS;
