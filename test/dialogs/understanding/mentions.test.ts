import { maskCarriers, readMentions } from '../../../dialogs/understanding/mentions';
import { maskDetails } from '../../../dialogs/understanding/message-details';
import type { DeliveryZone } from '../../../src/domain/order';

const zoneOfPostcode = (postcode: string): DeliveryZone => (postcode.startsWith('08') ? 'remote' : 'metro');
const read = (text: string) => readMentions(maskDetails(text, { keepPostcodes: true }), zoneOfPostcode);

describe('readMentions', () => {
  it('names nothing in a message of details alone, so the understander may skip reading it', () => {
    expect(read('4000123456 sam.nguyen@example.com')).toEqual({ carriers: [], states: [], zone: null, speed: null, statuses: [] });
    expect(read('order number 4000123456, email sam@example.com, ph 0412 345 678')).toEqual({
      carriers: [],
      states: [],
      zone: null,
      speed: null,
      statuses: [],
    });
  });

  it('reads carriers by their names and nicknames, each once', () => {
    expect(read('is aus post or Australia Post slower than StarTrack?').carriers).toEqual(['auspost', 'startrack']);
    expect(read('any tge delays?').carriers).toEqual(['teamglobalexpress']);
  });

  it('does not take "Team Global Express" for express delivery', () => {
    const mentions = read('my team global express parcel');
    expect(mentions.carriers).toEqual(['teamglobalexpress']);
    expect(mentions.speed).toBeNull();
    expect(read('is express faster?').speed).toBe('express');
  });

  it('reads states by name and abbreviation, "SA" only in capitals', () => {
    expect(read('any delays in queensland or nsw').states).toEqual(['NSW', 'QLD']);
    expect(read('shipping to SA').states).toEqual(['SA']);
    expect(read('sa it never came').states).toEqual([]);
  });

  it('reads a place as its state and zone, and a postcode over it', () => {
    expect(read('how long to perth?')).toMatchObject({ states: ['WA'], zone: 'metro' });
    expect(read('how long to 0872?').zone).toBe('remote');
  });

  it('never reads a masked phone or order number as a postcode', () => {
    expect(read('my number is 0872 123 456').zone).toBeNull();
  });

  it('reads statuses in customers words', () => {
    expect(read('what does picking mean?').statuses).toEqual(['picking']);
  });
});

describe('maskCarriers', () => {
  it('replaces every carrier name, every time it occurs', () => {
    expect(maskCarriers('StarTrack said startrack would call, then Aus Post')).toBe('courier said courier would call, then courier');
  });

  it('leaves a message naming no carrier as it was', () => {
    const text = 'where is my parcel?';
    expect(maskCarriers(text)).toBe(text);
  });
});
