import { isAcknowledgement } from '../../../dialogs/understanding/acknowledgement';

describe('isAcknowledgement', () => {
  it.each(["right, i'll wait in then", 'ok, see how it goes', 'fair enough', 'cool cool', 'ok will do', "righto, i'll keep an eye on it", "ok i'll check back tomorrow"])(
    '"%s" takes in what was said and asks for nothing',
    (text) => expect(isAcknowledgement(text)).toBe(true),
  );

  it.each(['ok', 'ok where is it', 'ok but it never came', 'fair enough, can i get a refund', 'ok thanks', 'sweet, which store was it again', 'ok 4000123456'])(
    '"%s" is not one (a bare ok is an answer; the rest ask or say something)',
    (text) => expect(isAcknowledgement(text)).toBe(false),
  );
});
