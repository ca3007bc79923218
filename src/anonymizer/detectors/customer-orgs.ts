import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

// A customer field often names the person and, in brackets, the business they stand for:
// "Customer: Ana Souza (Padaria Bittencourt)", "고객: 백지우 (정베이커리)", "العميل: … (شركة …)".
// The business is the victim as much as the person is, and it is named nowhere else; the person
// detectors take the name before the bracket, this takes the bracket. Not after a count ("4,000
// subscribers (EU)"), nor a bracket with digits ("(CURP …)", "(SSN …)"), an address, a login, a
// code or a note in lower case ("(via portal)").
const CUSTOMER_LABELS = [
  'customer', 'client', 'cliente', 'clienta', 'kunde', 'kundin', 'klant', 'kund', 'klient', 'klientka', 'müşteri', 'abone', 'subscriber', 'account holder', 'titular',
  'abonné', 'abonnée', 'abonado', 'assinante', 'abbonato', 'asiakas', 'zákazník', 'ügyfél', 'πελάτης', 'pelanggan', 'khách hàng', 'ลูกค้า', 'клиент', 'клієнт', 'абонент',
  'לקוח', 'ग्राहक', 'العميل', 'المشترك', '고객', '가입자', '客戶', '客户', '用戶', 'お客様', '顧客', '契約者',
];
const CUSTOMER_ORG_RE = new RegExp(
  `(?<![\\p{L}])(?:${CUSTOMER_LABELS.join('|')})(?:[ \\t]*(?:name|名|명))?[ \\t]*[:：][ \\t]*[^\\n()（）:：\\[\\]\\d]{2,60}?[ \\t]*[(（]([^()（）\\n\\d@/\\\\:=\\[\\]<>]{2,60}?)[)）]`,
  'giu',
);
// A bracket that opens with a capital or a letter of a caseless script.
const NAMED = /^(?:\p{Lu}|[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s\p{P}])/u;
const GATE = new RegExp(`(?:${CUSTOMER_LABELS.join('|')})[^\\n]{0,80}[(（]`, 'iu');

const customerOrgs: Detector = (text, ctx) => {
  const out: Finding[] = [];
  if (!text.includes('(') && !text.includes('（')) return out;
  if (!GATE.test(text)) return out;
  for (const m of matchAll(CUSTOMER_ORG_RE, text)) {
    const org = m[1].trim();
    // A country or status code ("(EU)", "(VIP)") is not a business.
    if (!NAMED.test(org) || /^[A-Z]{1,3}$/.test(org)) continue;
    const value = org.toLowerCase();
    if (ctx.isProtected(value)) continue;
    const start = m.index! + m[0].length - 1 - m[1].length + m[1].indexOf(org);
    // Above the person detectors, so the business goes whole, not one surname out of it.
    out.push({ start, end: start + org.length, kind: 'ORG', detector: 'customer-org', priority: PRIORITY.person + 1, value, side: 'victim', reason: 'business named beside the customer' });
  }
  return out;
};

export const customerOrgDetectors: [string, Detector][] = [['customer-org', customerOrgs]];
