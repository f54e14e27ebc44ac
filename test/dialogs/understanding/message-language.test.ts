import { createLanguageJudge } from '../../../dialogs/understanding/message-language';

const judge = createLanguageJudge([
  'where is my parcel',
  'my order is late',
  'can i talk to a real person',
  "g'day mate",
  'thanks heaps',
  'what does picking mean',
]);

describe('isOtherLanguage', () => {
  it.each([
    '¿Dónde está mi pedido?',
    'Wo ist meine Bestellung?',
    '我的包裹在哪里',
    '私の注文はどこですか',
    'Где мой заказ?',
    'أين طلبي',
    'Gdzie jest moja paczka?',
    'Onde está o meu pedido?',
  ])('is true for %j', (text) => {
    expect(judge.isOtherLanguage(text)).toBe(true);
  });

  it.each([
    'where is my parcel mate',
    'my parcel is really late',
    'purple elephants dance quietly',
    'fair dinkum mate',
    'Hola',
    'Bonjour',
    'bloody annoying delivery drivers',
  ])('is false for English or too little to tell: %j', (text) => {
    expect(judge.isOtherLanguage(text)).toBe(false);
  });
});

describe('isGibberish', () => {
  it.each(['asdfgh qwerty', 'lkjsdf', 'zxcvbnm', 'hjkl hjkl', '???'])('is true for %j', (text) => {
    expect(judge.isGibberish(text)).toBe(true);
  });

  it.each(['banana bread', 'my parcel', 'Wo ist meine Bestellung?', '4000', 'the quick brown fox'])(
    'is false for words of a language: %j',
    (text) => {
      expect(judge.isGibberish(text)).toBe(false);
    },
  );
});
