import { cellAt, columnName } from './table-rows';

// Rows of a delimited call or SMS record under its header line ("ts;a_party;b_party;imsi;type;cell",
// "calling|called|direction"): which end of the record a number is. A record belongs to one
// subscriber: the A-party of an originating record (a call or SMS the subscriber sent), the B-party
// of a terminating one, or a column named for the subscriber. That end is the victim whatever the
// other fields hold (a sender id such as "TollNotify", a premium number in the next column); the
// other end is judged by its own field and header only.

export interface RecordEnd {
  /** `subscriber`: the record's own subscriber; `other`: the far end; `unknown`: a column of no known role. */
  role: 'subscriber' | 'other' | 'unknown';
  /** The column's header, lower-cased. */
  header: string;
  /** The text of the field before the number ("tel: " in "tel: +44 …"). */
  prefix: string;
  /** Whether the row is an originating record (the subscriber called or texted out). */
  originating: boolean;
  /** The subscriber's field in the same row, where the row says which end that is. */
  subscriber?: string;
}

// Columns named for the record's subscriber (the served MSISDN, the customer's line).
const SUBSCRIBER_COLUMN = /^(?:served_)?(?:msisdn|subscriber|subscriber_(?:no|number|msisdn)|customer(?:_(?:phone|number|msisdn))?|abonnent\p{L}*|abonn[ée]|abonado|abbonato|kunde\p{L}*|teilnehmer\p{L}*|加入者|가입자)$/u;
// The calling end (A-party) and the called end (B-party), in the names switches and desks give them.
const A_COLUMN =
  /^(?:a|a_?(?:party|number|nr|num|no|msisdn|subscriber)|calling(?:_(?:party|number|no|num|address))?|caller|cgpn|clg|from|orig(?:in|inating)?(?:_(?:party|number|no|num|address|addr))?|oa|src|source|sender|anrufer|a_nummer|appelant|llamante|chiamante|origen|origem|remitente|mittente|absender|発信者?番号|발신\p{L}*)$/u;
const B_COLUMN =
  /^(?:b|b_?(?:party|number|nr|num|no|msisdn|subscriber)|called(?:_(?:party|number|no|num|address))?|callee|cdpn|cld|to|dest(?:ination)?(?:_(?:number|no|num|address|addr))?|dial(?:l)?ed(?:_(?:number|digits))?|term(?:inating)?(?:_(?:party|number|no|num|address|addr))?|da|dst|recipient|receiver|angerufen\p{L}*|b_nummer|empf[äa]nger|appel[ée]|destinataire|llamado|destinatario|chiamato|destino|着信者?番号|착신\p{L}*)$/u;
// A row's direction, as switches and SMS centres write it: mobile-originated or -terminated.
const ORIGINATING = /^(?:moc|mo|mo_?(?:sms|call|voice)|sms_?mo|orig(?:in|inating)?|outgoing|outbound|out|abgehend|sortant|saliente|uscente)$/;
const TERMINATING = /^(?:mtc|mt|mt_?(?:sms|call|voice)|sms_?mt|term(?:inating)?|incoming|inbound|in|ankommend|entrant|entrante)$/;

/** Which end of a delimited call or SMS record the number at [start, end) is, or undefined outside such a row. */
export function recordEnd(text: string, start: number, end: number): RecordEnd | undefined {
  const at = cellAt(text, start, end);
  if (!at) return undefined;
  const { header, row, index: i } = at;
  const values = row.map((c) => columnName(c.text));
  const originating = values.some((v, k) => k !== i && ORIGINATING.test(v));
  const terminating = values.some((v, k) => k !== i && TERMINATING.test(v));
  // The subscriber's column: named so, or the end the row's direction gives.
  let own = header.findIndex((h) => SUBSCRIBER_COLUMN.test(h));
  if (own < 0 && originating !== terminating) own = header.findIndex((h) => (originating ? A_COLUMN : B_COLUMN).test(h));
  return {
    role: i === own ? 'subscriber' : own >= 0 && (A_COLUMN.test(header[i]) || B_COLUMN.test(header[i])) ? 'other' : 'unknown',
    header: header[i],
    prefix: text.slice(row[i].start, start).toLowerCase(),
    originating: originating && !terminating,
    ...(own >= 0 && own !== i ? { subscriber: row[own].text.trim() } : {}),
  };
}
