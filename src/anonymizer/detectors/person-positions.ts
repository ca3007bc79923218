import { type Detector, type Finding, PRIORITY } from './finding';
import { NATIVE_SURNAMES, ZH_GIVEN_CHARS, ZH_SURNAMES } from './names-gazetteer';
import { matchAll } from '../match-all';

// Person names by position rather than by a gazetteer word: non-Latin names after a Latin slot
// label ("owner 西村さやか", "opened by: لمى الدوسري"), the name under a signature dash, Chinese and Japanese names after a person word of their own
// language, and CJK names standing alone between separators (a table cell, a list item).

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
// Scripts written with spaces between words that the Latin rules cannot read.
const SPACED = '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Devanagari}\\p{Script=Thai}';
// One to three words of a spaced non-Latin script, or one unspaced CJK run of two to six characters.
const NATIVE_NAME = `(?:[${SPACED}][${SPACED}\\p{M}'’-]{1,20}(?:[ \\t][${SPACED}][${SPACED}\\p{M}'’-]{1,20}){0,2}(?![${SPACED}\\p{M}])|[${CJK}]{2,6}(?![${CJK}]))`;
const SLOT_LABELS =
  'name|full name|owner|contact(?: person)?|opened by|reported by|submitted by|created by|assigned to|assignee|engineer(?: on call)?|on call|technician|operator|analyst|reporter|author|caller|customer|subscriber|user|handler|requester|signed|escalated by|confirmed by|approved by|acknowledged by|(?:many |best )?thanks,?|(?:best |kind )?regards,?';
// Under /iu the label matches in any case; the name after it is non-Latin, so case does not matter.
const NATIVE_AFTER_SLOT_RE = new RegExp(`(?<![\\p{L}])(?:${SLOT_LABELS})[ \\t]*[:：=-]?[ \\t]*(${NATIVE_NAME})`, 'giu');
// "-- 森川颯太" under a message; `--flag` of a command line has no space after the dashes.
const SIGNATURE_RE = new RegExp(`(?<![\\p{L}\\p{N}-])--[ \\t]+(${NATIVE_NAME})`, 'gu');
// Chinese person words; the name follows without a space ("用户唐书瑶", "工程师王建国更换了电表").
const ZH_LEAD_RE = /(?:用户|客户|工程师|技术员|联系人|负责人|报告人|员工|经理|同事|值班员|操作员|维修工|师傅|先生|女士|户主)[:：]?\s?(\p{Script=Han}{2,3})/gu;
// Common surnames that are also everyday words ("方法", "钱包"): trusted after a person word only.
export const ZH_LEAD_SURNAMES = new Set([...ZH_SURNAMES, ...'周 高 马 馬 方 钱 錢 程 于 余 叶 葉 白 石 金 段 雷 黎 史 龙 龍 陶 夏 田 江 傅 万 萬 严 嚴 任 武 戴 莫 毛 乔 喬 许 許 付'.split(' ')]);
// Japanese person words before a name in kanji, optionally ending in kana ("お客様 山口さやか様").
const JA_LEAD_RE = /(?:お客様|顧客|技術者|担当者|契約者|加入者|利用者|社員|運転者|所有者|作業員|オーナー)[:：]?[ \t]?の?(\p{Script=Han}{1,3}[\p{Script=Han}\p{Script=Hiragana}]{1,4}?)(?=様|さん|氏|殿|[\s、。,.()（）<:：]|$)/gu;
// A CJK run standing alone between non-CJK characters (spaces, pipes, brackets, Latin).
const LONE_CJK_RE = new RegExp(`(?<![${CJK}])[${CJK}]{2,6}(?![${CJK}])`, 'gu');
// Places and organisations end in these: "山田市", "林業局".
const PLACE_SUFFIX = /[市区區町村県縣都道府省州駅站線社店局部課院所校園园会會館馆]$/u;
const JA_SURNAMES = NATIVE_SURNAMES.filter((s) => s.length >= 2).concat('森川 岡部 黒田 西田 原田 松井 野村 菅原 武田 上田 杉山 千葉 村田 増田 小野 田村 竹内 中野 桜井 北村'.split(' '));

/** Whether a lone CJK token reads as a name: a listed surname and a short given name, no place suffix. */
function loneName(t: string): boolean {
  if (PLACE_SUFFIX.test(t)) return false;
  // Japanese: a surname of two or more kanji and one to three kanji, or two to four kana.
  for (const s of JA_SURNAMES) {
    if (!t.startsWith(s)) continue;
    const given = t.slice(s.length);
    if (/^\p{Script=Han}{1,3}$/u.test(given) || /^\p{Script=Hiragana}{2,4}$/u.test(given)) return true;
  }
  // Chinese: a one-character surname and a given name of two characters, one of them a common name character.
  return t.length === 3 && ZH_SURNAMES.has(t[0]) && /^\p{Script=Han}{3}$/u.test(t) && (ZH_GIVEN_CHARS.has(t[1]) || ZH_GIVEN_CHARS.has(t[2]));
}

/** Whether a CJK run starts with a listed Japanese surname or a Chinese surname character. */
function cjkNameStart(t: string): boolean {
  return ZH_LEAD_SURNAMES.has(t[0]) || JA_SURNAMES.some((s) => t.startsWith(s)) || /^\p{Script=Hangul}{2,4}$/u.test(t);
}

const KATAKANA_ONLY = /^[\p{Script=Katakana}ー・]+$/u;
const CJK_RUN = new RegExp(`^[${CJK}]+$`, 'u');
const NON_LATIN_RE = /[^\x00-\u024f]/;

const positions: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, reason: string) => {
    const value = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    if (ctx.isProtected(value)) return;
    out.push({ start, end, kind: 'PERSON', detector: 'person-name', priority: PRIORITY.person + 4, value, side: 'victim', reason });
  };
  const addGroup = (m: RegExpMatchArray, reason: string) => {
    const s = m.index! + m[0].lastIndexOf(m[1]);
    add(s, s + m[1].length, reason);
  };
  if (!NON_LATIN_RE.test(text)) return out;
  // Katakana alone is as often a product, malware or actor name ("name: ラザルス").
  for (const m of matchAll(NATIVE_AFTER_SLOT_RE, text)) if (!KATAKANA_ONLY.test(m[1])) addGroup(m, 'non-Latin name after a name label');
  // After a comment dash ("SELECT … -- 注释") a CJK run must also start like a name.
  if (text.includes('--')) for (const m of matchAll(SIGNATURE_RE, text)) if (!CJK_RUN.test(m[1]) || cjkNameStart(m[1])) addGroup(m, 'name under a signature dash');
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return out;
  for (const m of matchAll(ZH_LEAD_RE, text)) {
    if (!ZH_LEAD_SURNAMES.has(m[1][0])) continue;
    addGroup(m, 'Chinese name after a person word');
  }
  // "顧客番号" is a compound, not a person word and a name: a surname start or an honorific after it.
  for (const m of matchAll(JA_LEAD_RE, text)) if (cjkNameStart(m[1]) || /^(?:様|さん|氏|殿)/.test(text.slice(m.index! + m[0].length))) addGroup(m, 'Japanese name after a person word');
  for (const m of matchAll(LONE_CJK_RE, text)) if (loneName(m[0])) add(m.index!, m.index! + m[0].length, 'CJK name standing alone');
  return out;
};

export const positionDetector: [string, Detector] = ['person-positions', positions];
