/**
 * Words of a message that could be the name of something bought ("lamp",
 * "towels", "robot vacuum"): what is left once the words every delivery chat
 * uses are taken out. A signed-in customer's recent orders are only read in
 * full when a message has some, so "where's my stuff?" lists the orders and
 * "where's my lamp?" looks for the lamp.
 */

/* Everyday words, and the words of any delivery conversation: none of them tells one purchase from another. */
const CHAT_WORDS = new Set(
  `
  about after again ago all also already and another any anyone anything are around asap back bad been before being
  both but bye can cant cause cheer come comes coming could couldnt did didnt does doesnt doing done dont each else even
  ever every few for from get gets getting give going gone good got gotta had hasnt have havent having hello help her here
  hey hii hiya his how howdy into isnt its just know last let like look looking lot made make many may maybe mine more
  most much must need needed never new next nope not now off okay one only other our out over please pls plz pretty
  probably quick quite really right said same say says see seem seems should since some someone something soon sorry
  still sure take tell than thank thanks thats the their them then there these they thing this those though thought
  through thx today told tomorrow too try trying two under until very want wanted was wasnt way week weeks well went
  were what whats when where wheres whether which while who whos why will with wont would wouldnt yeah yep yes yesterday
  yet you your youre yours mate guys hun
  order ordered orders purchase purchased bought buy item items stuff parcel parcels package packages delivery deliver
  delivered deliveries arrive arrived arriving arrival ship shipped shipping dispatch dispatched sent send track tracking
  tracked status update updated updates number online website app account email phone late delay delayed missing lost
  refund money return cancel cancelled canceled courier driver post box door home address store collect pickup pick
  click day days hour hours minute minutes time monday tuesday wednesday thursday friday saturday sunday weekend morning
  afternoon night tonight month week ages long while expected expect supposed meant wait waiting still check checking
  received receive receiving wrong marketplace seller sellers question questions mean meaning means find found carrier
  first second third fourth fifth last latest recent earlier older newer other one ones
  kmart
  `
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/** "pyjamas" and "Pyjama Set" are the same thing to a customer. */
export function stem(word: string): string {
  return word.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
}

/** Lower-case words of three letters or more, apostrophes dropped ("where's" is "wheres"); e-mail addresses are no words. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\S+@\S+/g, ' ')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w));
}

/** The stemmed words of the message that could name an item, in the order said. */
export function itemWordsIn(text: string): string[] {
  return wordsOf(text).filter((word) => !CHAT_WORDS.has(word) && !CHAT_WORDS.has(stem(word))).map(stem);
}
