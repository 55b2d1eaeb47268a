// Sites Second Look never reads, even when the user adds them: banking, health, government and webmail.
// What people do there is nobody's business, and none of it is shopping.
import { isUnderListedHost } from './host-names';

/** Host suffixes (a host equal to one, or ending in "." + one, is denied). */
const DENIED_SUFFIXES = [
  // government
  'gov',
  'mil',
  'gov.uk',
  'gov.cn',
  'gc.ca',
  'gov.au',
  'europa.eu',
  'suomi.fi',
  'vero.fi',
  'kela.fi',
  'poliisi.fi',
  'migri.fi',
  'gouv.fr',
  'bund.de',
  // health
  'nhs.uk',
  'kanta.fi',
  'omakanta.fi',
  'terveystalo.com',
  'mehilainen.fi',
  'pihlajalinna.fi',
  'mychart.com',
  'patientportal.com',
  'healthvault.com',
  // banking and payments
  'paypal.com',
  'chase.com',
  'wellsfargo.com',
  'citi.com',
  'capitalone.com',
  'americanexpress.com',
  'hsbc.com',
  'hsbc.co.uk',
  'barclays.co.uk',
  'lloydsbank.com',
  'natwest.com',
  'santander.com',
  'nordea.fi',
  'nordea.com',
  'op.fi',
  'danskebank.fi',
  's-pankki.fi',
  'aktia.fi',
  'handelsbanken.fi',
  'icbc.com.cn',
  'ccb.com',
  'boc.cn',
  'abchina.com',
  'cmbchina.com',
  'bankcomm.com',
  'alipay.com',
  'revolut.com',
  'wise.com',
  'klarna.com',
  // webmail
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'mail.yahoo.com',
  'mail.aol.com',
  'proton.me',
  'protonmail.com',
  'mail.qq.com',
  'mail.163.com',
  'mail.126.com',
  'mail.sina.com.cn',
  'icloud.com',
  'fastmail.com',
  'tutanota.com',
  'gmx.net',
  'mail.com',
];

/** Words that mark a bank or a clinic at a label's start or end (bankofamerica.com, verkkopankki.fi). */
const DENIED_LABEL_WORDS = ['bank', 'pankki', 'sparkasse', 'hospital', 'clinic', 'webmail'];

const DENIED = new Set(DENIED_SUFFIXES);

/** Whether Second Look must never read pages of this host (it runs first on every page the content script loads on). */
export function isDeniedHost(host: string): boolean {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (isUnderListedHost(h, DENIED)) return true;
  for (const label of h.split('.')) {
    for (const word of DENIED_LABEL_WORDS) if (label.startsWith(word) || label.endsWith(word)) return true;
  }
  return false;
}
