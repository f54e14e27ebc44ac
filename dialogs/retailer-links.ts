/**
 * The retailer's own help pages that customer copy points to. Data rather
 * than words in each message, so a moved page is corrected in one place.
 */
export const RETAILER_LINKS = {
  deliveryTimeframes: { title: 'delivery timeframes', url: 'https://www.kmart.com.au/help/delivery/' },
  marketplaceDelivery: { title: 'Marketplace delivery', url: 'https://www.kmart.com.au/help/marketplace/' },
  clickAndCollect: { title: 'Click & Collect', url: 'https://www.kmart.com.au/help/click-and-collect/' },
  trackYourOrder: { title: 'Track Your Order', url: 'https://www.kmart.com.au/track-your-order/' },
  orderHistory: { title: 'order history', url: 'https://www.kmart.com.au/account/orders/' },
  returns: { title: 'returns and refunds', url: 'https://www.kmart.com.au/help/returns/' },
  storeFinder: { title: 'store finder', url: 'https://www.kmart.com.au/store-locator/' },
  helpCentre: { title: 'help centre', url: 'https://www.kmart.com.au/help/' },
} as const satisfies Record<string, { title: string; url: string }>;

export type RetailerLink = keyof typeof RETAILER_LINKS;
