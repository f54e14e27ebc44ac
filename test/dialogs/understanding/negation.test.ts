import { withoutNegatedRequests } from '../../../dialogs/understanding/negation';

describe('withoutNegatedRequests', () => {
  it.each([
    ["I don't want a refund, I want the parcel", "I , I want the parcel"],
    ['dont need a person just tell me where it is', 'just tell me where it is'],
    ['no refund thanks', 'thanks'],
    ["it's not late or anything, when is it coming", "it's , when is it coming"],
    ["the address isn't wrong or anything, just wanna know when it gets here", ', just wanna know when it gets here'],
    ['ok cool, address is fine btw', 'ok cool,'],
    ["it's not a wrong address problem, it's just really late", "it's problem, it's just really late"],
  ])('"%s" leaves "%s" to read', (clause, rest) => {
    expect(withoutNegatedRequests(clause).rest).toBe(rest);
  });

  it.each(['I want a refund', 'the address is wrong', 'wrong address, it should go to my work', "it's late", 'it went to the wrong address'])('"%s" is not negated', (clause) => {
    expect(withoutNegatedRequests(clause)).toEqual({ rest: clause, negated: [] });
  });
});
