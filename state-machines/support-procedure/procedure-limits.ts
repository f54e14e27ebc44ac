/** Failed lookups before the bot stops looking up and offers a person: it must not become a guessing oracle. */
export const MAX_FAILED_LOOKUPS = 3;
/** Messages in a row the bot could not understand before it offers a person. */
export const CONFUSION_BEFORE_OFFERING_PERSON = 3;
/** What the investigation team promises; shown to the customer as "next steps". */
export const INVESTIGATION_REPLY_BUSINESS_DAYS = 2;
