import type { CopyFor } from './copy-types';
import { escapeMarkdown, paragraphs, sentences } from './markdown';
import { carrierName, parcelFrom, reference } from './parcel-phrases';

/** A new delivery address: asked for, read back, and logged only once the customer confirms it. */

export const addressCopy: CopyFor<
  | 'ask_new_address'
  | 'address_not_read'
  | 'confirm_address'
  | 'address_change_requested'
  | 'carrier_redirect_requested'
  | 'address_after_delivery'
> = {
  ask_new_address: ({ redirect, carrier }) =>
    sentences(
      !redirect
        ? "Your order hasn't been sent yet, so we can update the delivery address."
        : carrier !== null
          ? `Your parcel is already on its way with ${escapeMarkdown(carrier)}, so I'd ask ${escapeMarkdown(carrier)} to redirect it.`
          : "Your parcel is already on its way, so I'd ask the delivery company to redirect it.",
      "What's the new address? Please include the street, suburb, state and postcode.",
    ),
  address_not_read: () =>
    "Sorry, I couldn't read an address there. Could you send the full new address, like \"12 Example St, Parramatta NSW 2150\"? Or say \"leave it\" to keep the current one.",
  confirm_address: ({ address, redirect }) =>
    sentences(
      `Just to check: ${redirect ? 'redirect your parcel to' : 'change the delivery address to'} **${escapeMarkdown(address)}**?`,
      'Is that right? Say yes and I will log it, or send the corrected address.',
    ),
  address_change_requested: ({ supportCase, address }) =>
    sentences(
      `Done. I've asked our team to update the delivery address to ${escapeMarkdown(address)} before it goes.`,
      `Your reference is ${reference(supportCase.reference)}.`,
      'They may contact you to confirm the new address.',
    ),
  carrier_redirect_requested: ({ shipment, supportCase, address }) =>
    paragraphs(
      sentences(
        `I've asked ${carrierName(shipment) ?? 'the delivery company'} to redirect ${parcelFrom(shipment)} to ${escapeMarkdown(address)}.`,
        `Your reference is ${reference(supportCase.reference)}.`,
      ),
      "I can't promise they'll manage it once it's on the road, but we'll let you know how it goes within 2 business days.",
    ),
  address_after_delivery: () =>
    "Your order has already been delivered, so it's too late to change the address. Let's work out where it ended up.",
};
