import { createLogger } from '../../src/observability/create-logger';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ LOG_LEVEL: 'trace' }, { write: (line: string) => void lines.push(line) });
  return { logger, output: () => lines.join('\n'), lines };
}

describe('the process logger', () => {
  it('censors fields that hold personal details, wherever they are in the record', () => {
    const { logger, output } = capture();
    logger.info(
      {
        customer: { firstName: 'Priya', email: 'priya.sharma@example.com' },
        order: { deliveryAddress: { line1: '5 Main St' }, contact: { kind: 'phone', value: '0491 573 770' } },
        text: 'whatever the customer typed',
      },
      'lookup',
    );
    expect(output()).not.toMatch(/Priya|priya\.sharma|5 Main St|0491 573 770|whatever the customer typed/);
    expect(output()).toContain('[redacted]');
  });

  it("censors them in a child logger's bindings and inside lists too", () => {
    const { logger, output } = capture();
    logger.child({ email: 'amelia.chen@example.com' }).info({ parcels: [{ deliveryAddress: '9 Bay Rd' }] }, 'child line');
    expect(output()).not.toMatch(/amelia\.chen|9 Bay Rd/);
    expect(JSON.parse(output().split('\n')[0] ?? '{}')).toMatchObject({ email: '[redacted]', parcels: [{ deliveryAddress: '[redacted]' }] });
  });

  it('scrubs e-mails, phones, street addresses and introduced names out of free text, keeping order numbers', () => {
    const { logger, output } = capture();
    logger.warn({ reason: "my name is Priya Sharma, 4000123470, call 0491 573 770 or +61 491 573 770, I'm at Unit 4/27 Ocean Parade" }, 'failed for noah.williams@example.com');
    logger.error({ err: new Error('bad input: sam.nguyen@example.com') }, 'turn failed');
    const text = output();
    expect(text).not.toMatch(/Priya|Sharma|0491 573 770|\+61 491|Ocean Parade|noah\.williams|sam\.nguyen/);
    expect(text).toContain('4000123470');
    expect(text).toMatch(/\[email\].*\[phone\]|\[phone\].*\[email\]/s);
  });

  it('scrubs a name introduced with a capital lead or typed in lower case, and leaves "I\'m waiting" alone', () => {
    const { logger, output } = capture();
    logger.warn({ reason: 'My name is priya sharma and my parcel is late' }, 'x');
    logger.warn({ reason: "I'm Noah, This Is Sam Nguyen" }, 'y');
    logger.warn({ reason: "I'm waiting and this is ridiculous" }, 'z');
    const text = output();
    expect(text).not.toMatch(/priya|sharma|Noah|Sam|Nguyen/i);
    expect(text).toContain('[name] and my parcel is late');
    expect(text).toContain("I'm waiting and this is ridiculous");
  });
});
