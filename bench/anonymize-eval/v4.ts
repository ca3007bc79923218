// Fourth suite: the third suite's incidents plus one analyst note per case that plants the leak
// classes of the fourth review (ANONYMIZER review: CJK names without a context word, DOB forms
// and national ids, grouped customer numbers, partial addresses, UNC paths, phone extensions),
// with a premium-rate trap next to them. Written alongside the detectors it measures, so it is
// a regression measure, not a blind one.
import type { StixObject } from '../../src/anonymizer/index';
import type { LeakForm } from './identifiers';
import { Rng } from './rng';
import type { GeneratedCase } from './truth';
import { generateCaseV3 } from './v3';

const ZH_SURNAMES = '王 李 张 刘 陈 杨 黄 赵 吴 徐 孙 朱 胡 郭 林 罗 梁 宋 唐 韩 冯 邓 曹 彭 董 袁 潘 蔡 杜 苏 魏 沈 姚 崔 陆 范 廖 孟 秦 邱 薛 侯 顾 郝'.split(' ');
const ZH_GIVEN = '伟 芳 秀 英 敏 静 丽 强 磊 洋 勇 杰 娟 涛 超 霞 华 建 海 燕 志 俊 丹 萍 玲 鹏 辉 斌 宇 浩 凯 鑫 欣 雪 梅 琳 婷 玉 晶 晨 颖 慧 佳 嘉 博 宁 亮 峰 波 云 涵 轩 怡 睿 雨 思 晓 莉 琴 倩 瑶'.split(' ');
const JA_SURNAMES = '佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 清水 山崎 池田 橋本 石川 前田 藤田 岡田 長谷川 村上 近藤 遠藤 青木 西村 森川 岡部 黒田 藤原'.split(' ');
const JA_GIVEN = '太郎 健 翔 大輔 直樹 誠 陽子 恵子 美咲 彩音 海斗 颯太 千尋 蓮 結衣 さやか ゆい はると みなみ あかり'.split(' ');
const KO_SURNAMES = '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송'.split(' ');
const KO_SYLLABLES = '민 준 서 연 지 호 예 은 도 윤 하 현 우 수 영 진 경 희 혜 훈 동 재 승 태'.split(' ');
const LOGINS = 'jdoe mmueller asmith lferreira tkowalski nhaddad ylevi pkumar sjohansson mrossi'.split(' ');
const SE_STREETS = 'Storgatan Kungsgatan Drottninggatan Sveavägen Götgatan Vasagatan Hamngatan Långgatan'.split(' ');
const UK_STREETS = 'Elm Oak Mill Station Church Victoria Queensway Albert Park'.split(' ');
const UK_TYPES = 'Road Street Lane Avenue Gardens Grove Close Crescent Terrace'.split(' ');
const CUSTOMER_LABELS = ['customer no.', 'Kundennummer', 'n° client', '顧客番号', 'account', 'contract no.', 'Vertragsnummer'];
const EXT_WORDS = ['ext.', 'x', 'Durchwahl -', 'ext'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function generateCaseV4(seed: number, index: number): GeneratedCase {
  const c = generateCaseV3(seed, index);
  const rng = new Rng((seed * 2246822519 + index * 3266489917 + 0x4c4) >>> 0);
  const plant = (category: string, value: string, leak: LeakForm[]) => c.planted.push({ category, value, leak, where: 'note.content (v4)' });
  const lines: string[] = [];

  const zh = rng.pick(ZH_SURNAMES) + rng.pick(ZH_GIVEN) + rng.pick(ZH_GIVEN);
  const ja = rng.pick(JA_SURNAMES) + rng.pick(JA_GIVEN);
  const ko = rng.pick(KO_SURNAMES) + rng.pick(KO_SYLLABLES) + rng.pick(KO_SYLLABLES);
  // Each name once after a context word and once where nothing announces it.
  lines.push(`用户${zh}报告电表异常。`, `| ${ja} | ${rng.pick(['現場', '本社', '東京'])} |`, `${ko}님이 확인했다.`, `已通知${zh}。`);
  plant('v4:cjk-name', zh, [{ kind: 'text', value: zh }]);
  plant('v4:cjk-name', ja, [{ kind: 'text', value: ja }]);
  plant('v4:cjk-name', ko, [{ kind: 'text', value: ko }]);

  const y = rng.int(1950, 2004);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const dobForms = [`생년월일 ${y}년 ${m}월 ${d}일`, `DOB ${pad(d)}_${pad(m)}_${y}`, `{"birthDate": "${y}-${pad(m)}-${pad(d)}T00:00:00Z"}`, `dob: ${y}${pad(m)}${pad(d)}0930`];
  lines.push(rng.pick(dobForms));
  plant('v4:dob', `${y}-${m}-${d}`, [{ kind: 'digits', value: `${y}${pad(m)}${pad(d)}` }, { kind: 'text', value: `${y}년 ${m}월 ${d}일` }, { kind: 'text', value: `${pad(d)}_${pad(m)}_${y}` }]);
  const rrn = `${String(y).slice(2)}${pad(m)}${pad(d)}-${rng.int(1, 4)}${rng.digits(6)}`;
  lines.push(`주민등록번호 ${rrn}`);
  plant('v4:national-id', rrn, [{ kind: 'digits', value: rrn.replace(/\D/g, '') }]);

  const account = `${rng.digits(3)} ${rng.digits(4)}-${rng.digits(3)}`;
  lines.push(`${rng.pick(CUSTOMER_LABELS)} ${account} called the hotline.`);
  plant('v4:customer-number', account, [{ kind: 'digits', value: account.replace(/\D/g, '') }]);

  const se = `${rng.pick(SE_STREETS)} ${rng.int(1, 99)}${rng.pick(['B', ' A', '', ', lgh 1102'])}`;
  const uk = `Flat ${rng.int(1, 9)}, ${rng.int(2, 199)} ${rng.pick(UK_STREETS)} ${rng.pick(UK_TYPES)}`;
  lines.push(`The subscriber lives at ${se}.`, `Meter installed at ${uk}.`);
  plant('v4:address', se, [{ kind: 'text', value: se }]);
  plant('v4:address', uk, [{ kind: 'text', value: uk }]);

  const host = `FS${pad(rng.int(1, 40))}`;
  const login = rng.pick(LOGINS) + rng.int(1, 9);
  lines.push(`Copied from \\\\${host}\\${rng.pick(['users', 'home$', 'profiles$'])}\\${login}\\Documents\\export.xlsx`);
  plant('v4:unc', `${host} ${login}`, [{ kind: 'word', value: login }, { kind: 'word', value: host }]);

  const uk0 = `+44 (0)20 7946 ${rng.digits(4)}`;
  const ext = `${rng.pick(EXT_WORDS)}${rng.digits(3)}`;
  const withExt = `+1 212 555 ${rng.digits(4)} ${ext}`;
  lines.push(`Call the site on ${uk0} or ${withExt}.`);
  plant('v4:phone', uk0, [{ kind: 'digits', value: uk0.replace(/\D/g, '').replace(/^440/, '44') }]);
  plant('v4:phone', withExt, [{ kind: 'digits', value: withExt.replace(/\D/g, '') }]);

  // The trap: a premium-rate destination in the same note stays.
  const irsf = `+882 16 ${rng.digits(4)} ${rng.digits(4)}`;
  lines.push(`Fraudulent calls went to the IRSF destination ${irsf}.`);
  c.threats.push({ category: 'v4:premium-rate', value: irsf, check: { kind: 'digits', value: irsf.replace(/\D/g, '') }, where: 'note.content (v4)' });

  const target = c.bundle.objects.find((o) => o.type !== 'identity' && o.type !== 'marking-definition')!;
  const note = {
    type: 'note', spec_version: '2.1', id: `note--${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`,
    created: '2024-05-20T10:00:00.000Z', modified: '2024-05-20T10:00:00.000Z', content: lines.join('\n'), object_refs: [target.id],
  } as unknown as StixObject;
  c.bundle.objects.push(note);
  return c;
}
