/** What each draft-check finding tells the agent: what is wrong with the draft and what to do instead. */
export const FINDING_MESSAGES = {
  unverified_order_details: (what: string) =>
    `The customer isn't verified yet, and this draft mentions ${what}. Don't share order details until the order number and the email or phone used at checkout match.`,
  tracking_number_mismatch: (typed: string, onOrder: string) =>
    `Tracking number ${typed} isn't on this order${onOrder ? ` (its tracking: ${onOrder})` : ''}. Check you have the right order.`,
  carrier_mismatch: (named: string, onOrder: string) =>
    `${named} isn't delivering this order${onOrder ? ` (carrier: ${onOrder})` : ''}.`,
  status_not_delivered: () => "The draft says it was delivered, but no parcel of this order shows as delivered or collected.",
  status_already_delivered: () => 'The draft says it is still on its way, but every parcel of this order shows as delivered or collected.',
  date_outside_window: (date: string, window: string, why: 'alert' | 'late' | null) =>
    why === 'late'
      ? `The draft promises ${date}, but the parcel is already past its delivery window (${window}). Don't promise a new date: be honest that it's late and offer a refund, return or an alternative.`
      : `The draft promises ${date}, but the expected delivery window is ${window}${why === 'alert' ? ", which already allows for the carrier's service alert" : ''}. Quote the window instead of a date it doesn't support.`,
  date_for_delivered_parcel: (date: string) =>
    `The draft promises ${date}, but the order already shows as delivered or collected. If it hasn't arrived, follow the missing-parcel steps instead.`,
  other_customer_contact: (detail: string) =>
    `${detail} isn't a contact detail this customer gave or checked out with: it may belong to another customer. Remove it.`,
  refund_without_case: () =>
    "The draft promises a refund or replacement that nothing open supports: only an open refund request makes it sorted, and an investigation or store check only makes it possible. Open the request first, or say it's being looked into.",
  case_not_open: () => "The draft mentions a case or reference, but none is open for this order yet.",
} as const;

export type FindingCode = keyof typeof FINDING_MESSAGES;
