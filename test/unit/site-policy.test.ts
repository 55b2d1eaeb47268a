import { describe, expect, it } from 'vitest';
import { isDeniedHost } from '../../src/site-policy';

describe('denied sites', () => {
  it.each([
    'www.irs.gov',
    'www.gov.uk',
    'www.suomi.fi',
    'www.nhs.uk',
    'www.omakanta.fi',
    'www.paypal.com',
    'www.op.fi',
    'secure.chase.com',
    'www.bankofamerica.com',
    'verkkopankki.example.fi',
    'mail.google.com',
    'outlook.live.com',
    'mail.qq.com',
    'nhs.uk',
    'WWW.PAYPAL.COM.',
  ])('%s is never scanned', (host) => {
    expect(isDeniedHost(host)).toBe(true);
  });

  it.each([
    'www.amazon.com',
    'www.gigantti.fi',
    'item.jd.com',
    'www.etsy.com',
    'shop.example',
    'www.google.com',
    // A denied name must be the whole host or follow a dot.
    'notnhs.uk',
    'mypaypal.com',
    'gov.example.com',
  ])('%s may be scanned', (host) => {
    expect(isDeniedHost(host)).toBe(false);
  });
});
