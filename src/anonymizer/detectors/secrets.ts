import { around, type Detector, type Finding, PRIORITY, type ScanContext } from './finding';
import { isInternalHost } from './network';
import { matchAll } from '../match-all';

// Each fixed-format token with the literal its match must contain: the literal is searched first.
const FIXED: [RegExp, string, RegExp][] = [
  [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g, 'aws-access-key', /AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA/],
  [/\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, 'github-token', /gh[pousr]_/],
  [/\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, 'github-token', /github_pat_/],
  [/\bglpat-[A-Za-z0-9_-]{20,64}\b/g, 'gitlab-token', /glpat-/],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,200}\b/g, 'slack-token', /xox[abprs]-/],
  [/\bAIza[0-9A-Za-z_-]{35}\b/g, 'google-api-key', /AIza/],
  [/\bsk_(?:live|test)_[0-9A-Za-z]{16,99}\b/g, 'stripe-key', /sk_(?:live|test)_/],
  [/\beyJ[A-Za-z0-9_-]{5,4096}\.eyJ[A-Za-z0-9_-]{5,8192}\.[A-Za-z0-9_-]{0,4096}/g, 'jwt', /eyJ/],
  [/\bnpm_[A-Za-z0-9]{36}\b/g, 'npm-token', /npm_/],
  // Incoming-webhook URLs carry their secret in the path.
  [/\bhooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32}\b/g, 'slack-webhook', /hooks\.slack\.com/],
];

// `scheme://user:password@host` for any scheme: connection strings (postgres, mongodb+srv, redis,
// amqp, mysql …) carry the password where the URL detector, which knows web schemes only, does not look.
const USERINFO_RE = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:@\/"'<>]{1,64}):([^\s@\/"'<>]{1,128})@(?=[\w\[.-])/gi;

/** Whether USERINFO_RE can match: its '@' follows its '://', so it follows the first one. */
function hasUserInfoMarks(text: string): boolean {
  const scheme = text.indexOf('://');
  return scheme >= 0 && text.includes('@', scheme + 3);
}
// `Authorization: Bearer <token>`: whatever follows the scheme word is the credential.
const BEARER_RE = /\bBearer\s+([A-Za-z0-9._~+\/-]{12,4096}=*)/g;

// `password: …`, `api_key=…`, `"api_key": "…"`: the value after a secret-bearing label (quoted in JSON).
const SLOT_RE =
  /\b(password|passwd|pwd|passwort|kennwort|mot de passe|mdp|pass|secret|client[_ -]?secret|api[_ -]?key|apikey|access[_ -]?key|secret[_ -]?key|aws_secret_access_key|auth[_ -]?token|access[_ -]?token|bearer|token|session[_ -]?id|cookie|psk|wpa[_ -]?key|(?:wpa_)?passphrase|pin|puk|ki|opc|パスワード)["']?\s*[:=：]\s*["']?([^\s"',;]{4,512})/giu;

// What SLOT_RE needs right before its separator (after an optional quote and whitespace), same flags.
const SLOT_LABEL_END_RE =
  /(?:password|passwd|pwd|passwort|kennwort|mot de passe|mdp|pass|secret|client[_ -]?secret|api[_ -]?key|apikey|access[_ -]?key|secret[_ -]?key|aws_secret_access_key|auth[_ -]?token|access[_ -]?token|bearer|token|session[_ -]?id|cookie|psk|wpa[_ -]?key|passphrase|pin|puk|ki|opc|パスワード)$/iu;

/**
 * Whether SLOT_RE can match: some separator is preceded, after whitespace and a quote, by a label. Looking
 * back from the few separators is far cheaper than trying the label alternation everywhere.
 */
function mayHaveSecretSlot(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 58 && c !== 61 && c !== 0xff1a) continue;
    let q = i;
    while (q > 0 && /\s/.test(text[q - 1])) q--;
    if (q > 0 && (text[q - 1] === '"' || text[q - 1] === "'")) q--;
    if (SLOT_LABEL_END_RE.test(text.slice(Math.max(0, q - 24), q))) return true;
  }
  return false;
}

// Network-device configurations: IOS/NX-OS `secret 5 $1$…`, `password 7 0822…` (type-N encodings of the
// device's own passwords), IKE pre-shared keys (`crypto isakmp key K address …`, `pre-shared-key K`) and
// `key-string K`. They come without a separator, so the slot labels above miss them.
const DEVICE_CONFIG_RE = /\b(?:(?:enable )?(?:secret|password) [0-9]{1,2}|crypto isakmp key|pre-shared-key(?: (?:ascii-text|hexadecimal|local|remote))?|key-string(?: [0-9])?)[ \t]+"?([^\s"]{4,256})/gi;
const DEVICE_CONFIG_GATE = /secret \d|password \d|isakmp key|pre-shared-key|key-string/i;

// Command-line flags: `--password hunter2`, `/pwd:hunter2` is covered by SLOT_RE.
const FLAG_RE = /(?<![\w-])(?:--?|\/)(password|passwd|pwd|pass|pw|token|secret|api-?key|apikey|auth-token|access-key|secret-key|client-secret)\s+["']?([^\s"']{3,256})/gi;
const FLAG_GATE_RE = /[-/](?:password|passwd|pwd|pass|pw|token|secret|api-?key|apikey|auth-token|access-key|secret-key|client-secret)\s/i;

// "our leaked password Xk07BF!XLTxU", "notre password divulgué …", "(API key) sk-…": a secret label
// without a separator, then, within a few words, a token that looks like a credential.
const SPACED_LABEL_RE =
  /(?<![\p{Script=Latin}])(password|passwort|kennwort|mot de passe|contraseña|wachtwoord|hasło|haslo|пароль|비밀번호|κωδικ\p{L}*|パスワード|passphrase|api[_ -]?key|secret[_ -]?key|access[_ -]?key|auth[_ -]?token|access[_ -]?token|bearer)(?![\p{L}])/giu;
const SPACED_LABEL_GATE = /passw|kennw|mot de passe|contraseña|wachtw|has[łl]o|пароль|비밀번호|κωδικ|パスワード|passphrase|key|token|bearer/i;
// In unspaced scripts the value runs into the next word ("…のpassword Xk07BF!を内部…").
const CJK_RUN = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A token with the mix of a password or an API key: not a hash, address, path, domain or token of ours. */
function looksLikeCredential(v: string): boolean {
  if (v.length < 8 || v.length > 128 || /^[0-9a-f]+$/i.test(v) || /^\d+$/.test(v) || /@|:\/\/|^\[|^[\w-]+(?:\.[\w-]+)+$|[\\/]/.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  // Words joined by a hyphen ("Admin-Konto") have three classes too: a digit or a real symbol is required.
  return (classes >= 3 && /[\d!"#$%&*+<=>?^|~]/.test(v)) || (classes === 2 && v.length >= 16 && /\d/.test(v) && entropy(v) >= 3.5);
}

// Shared secrets named by what they open, without a separator: "snmp community string 007e85…",
// "the wifi key is 62CRH$GK…". Any shape counts (a hex community string is a secret, not a hash).
const SHARED_SECRET_RE = /\b(?:(?:snmp )?community(?: string| name)?|wi-?fi (?:key|password|passphrase)|wpa2?(?:-psk)? (?:key|passphrase)|pre-?shared key|psk)(?: is| was| =|:)?[ \t]+["']?([^\s"',;]{4,128})/gi;
const SHARED_SECRET_GATE = /community|wi-?fi|wpa|pre-?shared|psk/i;

const B64ISH_RE = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,512}={0,2}(?![A-Za-z0-9+/_-])/g;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// The literals of all fixed formats as one alternation: most text holds none, and one scan says so.
// (Only while every gate is flag-free, so that the alternation is exactly their union.)
const ANY_FIXED = FIXED.every(([, , gate]) => gate.flags === '') ? new RegExp(FIXED.map(([, , gate]) => gate.source).join('|')) : /(?:)/;

const secrets: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const anyFixed = ANY_FIXED.test(text);
  for (const [re, name, gate] of FIXED) {
    if (!anyFixed || !gate.test(text)) continue;
    for (const m of matchAll(re, text)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'SECRET', detector: name, priority: PRIORITY.secret, value: m[0], side: 'victim', reason: name });
    }
  }
  // PEM blocks by indexOf, not a lazy regex, to stay linear on huge inputs.
  for (let b = text.indexOf('-----BEGIN '); b >= 0; b = text.indexOf('-----BEGIN ', b + 11)) {
    const headerEnd = text.indexOf('-----', b + 11);
    if (headerEnd < 0) break;
    const label = text.slice(b + 11, headerEnd);
    if (!/PRIVATE KEY|OPENSSH|PGP PRIVATE/.test(label)) continue;
    const endMarker = text.indexOf('-----END ', headerEnd);
    const close = endMarker < 0 ? -1 : text.indexOf('-----', endMarker + 9);
    const e = close < 0 ? Math.min(text.length, headerEnd + 8192) : close + 5;
    out.push({ start: b, end: e, kind: 'SECRET', detector: 'pem-private-key', priority: PRIORITY.secret, value: text.slice(b, e), side: 'victim', reason: 'PEM private key' });
  }
  if (SHARED_SECRET_GATE.test(text)) for (const m of matchAll(SHARED_SECRET_RE, text)) {
    const v = m[1].replace(/[.:]+$/, '');
    // A word ("community string for the meters") is not the secret; a digit, a symbol or length makes it one.
    if (/^\[[A-Z]/.test(v) || ctx.isProtected(v.toLowerCase()) || !(/[^A-Za-z]/.test(v) || v.length >= 10)) continue;
    const vs = m.index! + m[0].length - m[1].length;
    out.push({ start: vs, end: vs + v.length, kind: 'SECRET', detector: 'shared-secret', priority: PRIORITY.secret, value: v, side: 'victim', reason: 'community string or Wi-Fi key' });
  }
  if (DEVICE_CONFIG_GATE.test(text)) for (const m of matchAll(DEVICE_CONFIG_RE, text)) {
    const v = m[1];
    const vs = m.index! + m[0].length - v.length;
    // As for community strings: a word is prose ("the password 7 encoding is weak"), not the secret.
    if (/^\[[A-Z]/.test(v) || ctx.isProtected(v.toLowerCase()) || !(/[^A-Za-z]/.test(v) || v.length >= 10)) continue;
    out.push({ start: vs, end: vs + v.length, kind: 'SECRET', detector: 'device-config-secret', priority: PRIORITY.secret, value: v, side: 'victim', reason: 'password, hash or pre-shared key in a device configuration' });
  }
  // Needs '@' after a '://': most URLs carry no user info, and the pattern backtracks at every word.
  // Above the e-mail detector: `password@host` in a connection string is not an address.
  if (hasUserInfoMarks(text)) for (const m of matchAll(USERINFO_RE, text)) {
    const [, user, pw] = m;
    const us = m.index! + m[0].indexOf('://') + 3;
    const vs = us + user.length + 1;
    if (/^\[[A-Z]/.test(pw) || ctx.isProtected(pw.toLowerCase())) continue;
    out.push({ start: vs, end: vs + pw.length, kind: 'SECRET', detector: 'url-password', priority: PRIORITY.email + 1, value: pw, side: 'victim', reason: 'password in a connection string' });
    if (/^\[[A-Z]/.test(user) || GENERIC_USERS.has(user.toLowerCase())) continue;
    out.push({ start: us, end: us + user.length, kind: 'USER', detector: 'url-userinfo', priority: PRIORITY.email + 1, value: user.toLowerCase(), side: 'victim', reason: 'login in a connection string' });
  }
  if (/bearer\s/i.test(text)) for (const m of matchAll(BEARER_RE, text)) {
    const tok = m[1];
    const vs = m.index! + m[0].length - tok.length;
    if (/^\[[A-Z]/.test(tok) || ctx.isProtected(tok.toLowerCase())) continue;
    out.push({ start: vs, end: vs + tok.length, kind: 'SECRET', detector: 'bearer-token', priority: PRIORITY.secret, value: tok, side: 'victim', reason: 'bearer token' });
  }
  if (FLAG_GATE_RE.test(text)) for (const m of matchAll(FLAG_RE, text)) {
    const val = m[2];
    const vs = m.index! + m[0].length - val.length;
    if (/^\[[A-Z]/.test(val) || val.startsWith('-')) continue;
    out.push({ start: vs, end: vs + val.length, kind: 'SECRET', detector: 'secret-flag', priority: PRIORITY.secret - 1, value: val, side: 'victim', reason: `value of a --${m[1].toLowerCase().replace(/[^a-z-]/g, '')} flag` });
  }
  if (mayHaveSecretSlot(text)) for (const m of matchAll(SLOT_RE, text)) {
    const val = m[2];
    const vs = m.index! + m[0].length - val.length;
    if (/^\[[A-Z]/.test(val) || ctx.isProtected(val.toLowerCase())) continue;
    out.push({ start: vs, end: vs + val.length, kind: 'SECRET', detector: 'secret-slot', priority: PRIORITY.secret - 1, value: val, side: 'victim', reason: `value after "${m[1].toLowerCase().replace(/[^a-z ]/g, '')}" label` });
  }
  return out;
};

/** Credentials after a label without a separator (the separated ones are `secret-slot`). */
const labelledSecrets: Detector = (text, ctx) => {
  const out: Finding[] = [];
  // Its own cheap gate: scan.ts gates the `secrets` detector on a separator.
  if (!SPACED_LABEL_GATE.test(text)) return out;
  for (const m of matchAll(SPACED_LABEL_RE, text)) {
    // The value is one of the next three tokens, before the clause ends.
    const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 80).split(/[\n;]|[.。](?:\s|$)/)[0];
    let offset = m.index! + m[0].length;
    for (const tok of rest.split(/(\s+)/).slice(0, 6)) {
      const start = offset;
      offset += tok.length;
      const v = tok.replace(/^[=:：]?["'(（]*/, '').split(CJK_RUN)[0].replace(/[.,;:!?)）」』"']+$/, '');
      if (!looksLikeCredential(v) || ctx.isProtected(v.toLowerCase())) continue;
      const vs = start + tok.indexOf(v);
      out.push({ start: vs, end: vs + v.length, kind: 'SECRET', detector: 'secret-label', priority: PRIORITY.secret - 1, value: v, side: 'victim', reason: `credential after "${m[1].toLowerCase()}"` });
      break;
    }
  }
  return out;
};

// Base58 wallet addresses by their version prefix and length: Bitcoin (P2PKH/P2SH), Litecoin,
// Dogecoin, TRON, Monero (standard and subaddress: 95 characters, integrated: 106).
const WALLET_RE = /^(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|[LM][1-9A-HJ-NP-Za-km-z]{26,33}|[DT][1-9A-HJ-NP-Za-km-z]{33}|[48][1-9A-HJ-NP-Za-km-z]{94}|4[1-9A-HJ-NP-Za-km-z]{105})$/;

const highEntropy: Detector = (text, ctx) => {
  const out: Finding[] = [];
  if (text.length >= 24) {
    for (const m of matchAll(B64ISH_RE, text)) {
      const v = m[0];
      // Hex strings are hashes (threat data) and are never treated as secrets.
      if (/^[0-9a-fA-F]+$/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/\d/.test(v)) continue;
      // A Base58 wallet address (ransom or mining payout) is threat data; Base58 has no 0, O, I or l.
      if (WALLET_RE.test(v) && !/(?:key|token|secret|passw|auth)\W{0,3}$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
      if (v.includes('/') && /^[\w./-]+$/.test(v) && v.split('/').length > 2) continue;
      const win = around(text, m.index!, m.index! + v.length, 32, 4);
      const keyed = /key|token|secret|auth|bearer|session|cookie|credential|passw|signature|api/.test(win);
      const h = entropy(v);
      if ((keyed && h >= 3.5) || (h >= 4.5 && v.length <= 128)) {
        if (ctx.isProtected(v.toLowerCase())) continue;
        out.push({ start: m.index!, end: m.index! + v.length, kind: 'SECRET', detector: 'high-entropy', priority: PRIORITY.entropy, value: v, side: 'victim', reason: 'high-entropy token' });
      }
    }
  }
  return out;
};

// A drive letter, an environment variable standing for one (%SystemDrive%) or a WSL mount; either slash.
// An administrative share ("\\fs01\c$\Users\…") stands for the drive letter too.
const WIN_USER_RE = /(?:\b[A-Za-z][:$]|%[A-Za-z]{2,20}%|(?<![\w.])\/mnt\/[a-z])([\\\/]{1,2}(?:Users|Documents and Settings|home)[\\\/]{1,2})([^\\\/:*?"<>|\r\n\t]{1,64})/gi;
const UNIX_USER_RE = /(?<![\w.])(\/(?:home|Users|var\/home|var\/mail|var\/spool\/mail|export\/home)\/)([A-Za-z0-9._-]{1,64})/g;
const UNIX_HOME_RE = /\/(?:home|Users|var\/mail|var\/spool\/mail)\//;
// "\\fileserver01\users\jdoe", "\\fs05.corp.local\home$\leticia.ferreira": a UNC path names an internal
// server, and under a home or profile share its next component is the user's folder (a login: it
// ends at a space, which in prose starts the next word).
const UNC_RE = /(?<![\\\w])\\\\([A-Za-z0-9][A-Za-z0-9_.-]{0,62})\\([^\\\/:*?"<>|\r\n\t]{1,80}?)(?:\\([^\\\/:*?"<>|\s]{1,64}))?(?=[\\\s"'<>|,;)\]]|$)/g;
const HOME_SHARE = /^(?:users?|home|homes|homedirs?|profiles?|userdata|userhome|redirect(?:ed)?(?:folders)?|personal|u)\$?$/i;
// Administrative and system shares: never a user's name.
const SYSTEM_SHARE = /^(?:[a-z]\$|admin\$|ipc\$|print\$|sysvol|netlogon|pipe|mailslot|c|d)$/i;
// "~jdoe/.ssh": a home directory by its owner's name.
const TILDE_USER_RE = /(?<![\w~])~([a-z][a-z0-9._-]{1,31})(?=\/)/gi;
// Logins in authentication logs and key-value records: "Accepted password for jdoe from", "user=jdoe".
// A Windows account may carry its domain ("User=CORP\\jdoe"): the login is the part after the backslash.
const AUTH_LOG_RE = /\b(?:(?:Accepted|Failed) (?:password|publickey|keyboard-interactive(?:\/pam)?) for (?:invalid user |(?!invalid user ))|Invalid user |session opened (?:for user |by (?!(?:the|an?|user|remote|local)\s))|(?:[Uu]ser(?:[Nn]ame)?|[Ll]ogin|[Aa]ccount|acct|uid|logonname|TargetUserName|SubjectUserName)["']?\s?[=:]\s?["']?)(?:[A-Za-z][\w.-]{0,30}\\{1,2}(?=[A-Za-z]))?([A-Za-z][\w.$-]{1,31})(?![\w.@\\-])/g;
// JSON and YAML quote the key: `"username": "jdoe"`.
const AUTH_LOG_GATE = /password for|publickey for|invalid user|opened for user|opened by|(?:user(?:name)?|login|account|acct|uid|UserName)["']?\s?[=:]/i;
// RADIUS attribute dumps (radiusd -X, radsniff, accounting detail files), one "Attribute = value" a line: the
// login in User-Name and its stripped form, and in Class, the attribute the server hands back for accounting,
// which many servers fill with the login. A Class that is a group or a state blob ("CACS:0a1b…", "staff")
// is no login: one needs a digit, a dot or an underscore.
const RADIUS_USER_RE = /(?<=^|\n)[ \t]*(?:(?:Stripped-)?User-Name|Class)[ \t]*=[ \t]*"?([A-Za-z][A-Za-z0-9._-]{1,31})(?=["\s]|$)/g;
const RADIUS_GATE = /(?:User-Name|Class)[ \t]*=/;
// Common/combined web access log: `host ident authuser [10/Oct/2000:13:55:36 -0700] "GET …"`; authuser is a login.
const ACCESS_LOG_USER_RE = /(?<=\S (?:-|\S+) )([A-Za-z][\w.$@-]{1,63}) \[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2}/g;
const ACCESS_LOG_GATE = /\/\d{4}:\d{2}:\d{2}/;
const SID_RE = /\bS-1-5-21(?:-\d{1,10}){3,4}\b/g;
const NETBIOS_RE = /(?<![\w\\])([A-Z][A-Z0-9-]{1,14})\\{1,2}([A-Za-z][\w.-]{1,30})(?![\w\\])/g;
// Domains of built-in accounts and registry hives, which look like DOMAIN\\name too.
const BUILTIN_DOMAIN = /^(?:BUILTIN|NT|HKLM|HKCU|HKCR|HKU|HKCC|HKEY_[A-Z_]+|SYSTEM|SOFTWARE|SAM|SECURITY|WINDOWS|TEMP|TMP|PROGRA[\w~]*)$/i;
// A login, not a file name: letters first, at most one dot, no extension of a file.
const ACCOUNT_SHAPE = /^[A-Za-z][\w-]{1,30}(?:\.[A-Za-z][\w-]{1,30})?\$?$/;
const FILE_NAME = /\.(?:exe|dll|sys|bat|cmd|ps1|vbs|js|txt|log|ini|dat|bin|tmp|lnk|zip|docx?|xlsx?|pdf)$/i;
const GENERIC_USERS = new Set(['public', 'default', 'all users', 'default user', 'administrator', 'admin', 'root', 'shared', '%username%', '$user', 'user', 'guest',
  'system', 'unknown', 'none', 'null', 'anonymous', 'nobody', 'success', 'successful', 'failed', 'failure', 'true', 'false', 'local', 'service']);

const paths: Detector = (text, ctx) => {
  const out: Finding[] = [];
  // Windows paths and NetBIOS accounts need a backslash; Unix home paths their directory.
  const backslash = text.includes('\\');
  if (backslash || text.includes('/')) {
    for (const re of [WIN_USER_RE, UNIX_USER_RE]) {
      if (re === WIN_USER_RE ? !backslash && !/\/(?:Users|Documents and Settings)\//i.test(text) : !UNIX_HOME_RE.test(text)) continue;
      for (const m of matchAll(re, text)) {
        const user = m[2];
        if (GENERIC_USERS.has(user.toLowerCase()) || /^\[[A-Z]/.test(user)) continue;
        const s = m.index! + m[0].length - user.length;
        out.push({ start: s, end: s + user.length, kind: 'USER', detector: 'user-path', priority: PRIORITY.path, value: user.toLowerCase(), side: 'victim', reason: 'user name in home-directory path' });
      }
    }
    if (backslash) for (const m of matchAll(NETBIOS_RE, text)) {
      const dom = m[1].toLowerCase();
      const s = m.index! + m[0].length - m[2].length;
      if (!ctx.internalDomains.some((d) => d === dom || d.split('.')[0] === dom)) {
        // An unknown domain ("ACME\jdoe") still names an account, unless it is a built-in one or a registry hive.
        const user = m[2].toLowerCase();
        if (BUILTIN_DOMAIN.test(m[1]) || GENERIC_USERS.has(user) || !ACCOUNT_SHAPE.test(m[2]) || FILE_NAME.test(m[2]) || ctx.isProtected(user)) continue;
        out.push({ start: s, end: s + m[2].length, kind: 'USER', detector: 'ad-account', priority: PRIORITY.path, value: user, side: 'victim', reason: 'account after a Windows domain' });
        continue;
      }
      out.push({ start: m.index!, end: m.index! + m[1].length, kind: 'HOST', detector: 'ad-domain', priority: PRIORITY.path, value: dom, side: 'victim', reason: 'AD domain' });
      out.push({ start: s, end: s + m[2].length, kind: 'USER', detector: 'ad-account', priority: PRIORITY.path, value: m[2].toLowerCase(), side: 'victim', reason: 'AD account' });
    }
  }
  if (text.includes('\\\\')) unc(text, ctx, out);
  if (text.includes('~')) for (const m of matchAll(TILDE_USER_RE, text)) {
    if (GENERIC_USERS.has(m[1].toLowerCase())) continue;
    out.push({ start: m.index! + 1, end: m.index! + 1 + m[1].length, kind: 'USER', detector: 'user-path', priority: PRIORITY.path, value: m[1].toLowerCase(), side: 'victim', reason: 'user name in home-directory path' });
  }
  if (text.includes('S-1-5-21')) for (const m of matchAll(SID_RE, text)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'SID', detector: 'windows-sid', priority: PRIORITY.path, value: m[0], side: 'victim', reason: 'Windows account SID' });
  }
  return out;
};

/** UNC paths: a bare server name is an internal host; a home share's folder, or a hidden share, a user. */
function unc(text: string, ctx: ScanContext, out: Finding[]): void {
  for (const m of matchAll(UNC_RE, text)) {
    const [, server, share, folder] = m;
    const host = server.toLowerCase();
    // "\\203.0.113.5\…" and a public WebDAV host are threat data (an IP is the ip detector's); "\\?\", "\\.\pipe" are not servers.
    if (host.includes('.') && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) && !isInternalHost(host, ctx)) continue;
    const s = m.index! + 2;
    if (host !== 'localhost' && !host.includes('.') && !ctx.isProtected(host)) {
      out.push({ start: s, end: s + server.length, kind: 'HOST', detector: 'unc-path', priority: PRIORITY.path, value: host, side: 'victim', reason: 'server of a UNC path' });
    }
    const shareStart = s + server.length + 1;
    let user: string | undefined;
    let at = 0;
    if (HOME_SHARE.test(share) && folder) {
      user = folder;
      at = shareStart + share.length + 1;
    } else if (share.endsWith('$') && share.length > 3 && !SYSTEM_SHARE.test(share)) {
      // "\\fs01\jdoe$": a hidden share per user.
      user = share.slice(0, -1);
      at = shareStart;
    }
    if (user && !GENERIC_USERS.has(user.toLowerCase()) && !/^\[[A-Z]/.test(user)) {
      out.push({ start: at, end: at + user.length, kind: 'USER', detector: 'unc-path', priority: PRIORITY.path, value: user.toLowerCase(), side: 'victim', reason: 'user folder of a UNC path' });
    }
  }
}

// Mosquitto's connect line: "New client connected from 10.0.0.5:51234 as c1 (p2, c1, k60, u'jdoe')."
const MQTT_USER_RE = /\(p\d, c\d, k\d+, u'([^'\s]{1,64})'\)/g;
// A chat transcript line: "[03:22] jdoe: …", "[2024-05-02 03:22:10] <jdoe> …". The speaker is a
// handle (one token) or a display name (two or three capitalised words) at the start of a line.
const CHAT_LINE_RE =
  /(?<=^|\n)[ \t]*\[(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\][ \t]+(?:<([^\s<>]{2,32})>|([\p{L}][\p{L}\p{N}._'-]{0,31}|[\p{Lu}\p{Lo}][\p{L}.'-]{0,31}(?: [\p{Lu}\p{Lo}][\p{L}.'-]{0,31}){1,2}):)[ \t]/gu;
// Speakers that are a role or a program, not someone.
const CHAT_ROLES = /^(?:soc|noc|csirt|cert|bot|system|server|admin|operator|analyst|agent|support|helpdesk|customer|client|user|me|you|info|warn|warning|error|debug|note)$/i;
// "@jdoe" addressed in a chat line: a handle of a participant.
const MENTION_RE = /(?<![\w.@])@([A-Za-z][\w.-]{1,31}[A-Za-z0-9])(?![\w@-]|\.\w)/g;
// "password of jdoe: …", "the VPN password for j_doe: …": the login before the colon, the secret after it.
const PASSWORD_OF_RE = /\bpass(?:word|wd|phrase)? (?:of|for) (?:user |account )?([A-Za-z][\w.$-]{1,31}):[ \t]+["']?([^\s"']{4,128})/gi;

/** Logins in authentication logs and account fields (no path around them, so not `paths`). */
const accounts: Detector = (text, ctx) => {
  const out: Finding[] = [];
  if (ACCESS_LOG_GATE.test(text)) {
    for (const m of matchAll(ACCESS_LOG_USER_RE, text)) {
      const user = m[1];
      if (GENERIC_USERS.has(user.toLowerCase()) || ctx.isProtected(user.toLowerCase())) continue;
      out.push({ start: m.index!, end: m.index! + user.length, kind: 'USER', detector: 'account-slot', priority: PRIORITY.path - 1, value: user.toLowerCase(), side: 'victim', reason: 'authenticated user in a web access log' });
    }
  }
  if (text.includes('[')) chatParticipants(text, ctx, out);
  if (text.includes(", u'")) for (const m of matchAll(MQTT_USER_RE, text)) {
    const user = m[1];
    if (GENERIC_USERS.has(user.toLowerCase()) || /^\[[A-Z]/.test(user) || ctx.isProtected(user.toLowerCase())) continue;
    const s = m.index! + m[0].length - 2 - user.length;
    out.push({ start: s, end: s + user.length, kind: 'USER', detector: 'account-slot', priority: PRIORITY.path - 1, value: user.toLowerCase(), side: 'victim', reason: 'login of an MQTT client' });
  }
  if (/pass\w* (?:of|for) /i.test(text)) for (const m of matchAll(PASSWORD_OF_RE, text)) {
    const [, user, secret] = m;
    if (GENERIC_USERS.has(user.toLowerCase()) || /^\[[A-Z]/.test(user) || ctx.isProtected(user.toLowerCase())) continue;
    const s = m.index! + m[0].indexOf(user + ':');
    out.push({ start: s, end: s + user.length, kind: 'USER', detector: 'account-slot', priority: PRIORITY.path - 1, value: user.toLowerCase(), side: 'victim', reason: 'login whose password is given' });
    if (/^\[[A-Z]/.test(secret) || ctx.isProtected(secret.toLowerCase())) continue;
    const v = secret.replace(/[.,;)]+$/, '');
    const vs = m.index! + m[0].length - secret.length;
    out.push({ start: vs, end: vs + v.length, kind: 'SECRET', detector: 'secret-slot', priority: PRIORITY.secret - 1, value: v, side: 'victim', reason: 'password given for a login' });
  }
  if (RADIUS_GATE.test(text)) for (const m of matchAll(RADIUS_USER_RE, text)) {
    const user = m[1];
    const cls = /Class[ \t]*=/.test(m[0]);
    if ((cls && !/[\d._]/.test(user)) || GENERIC_USERS.has(user.toLowerCase()) || ctx.isProtected(user.toLowerCase())) continue;
    const s = m.index! + m[0].length - user.length;
    out.push({ start: s, end: s + user.length, kind: 'USER', detector: 'account-slot', priority: PRIORITY.path - 1, value: user.toLowerCase(), side: 'victim', reason: 'login in a RADIUS attribute' });
  }
  if (!AUTH_LOG_GATE.test(text)) return out;
  for (const m of matchAll(AUTH_LOG_RE, text)) {
    const user = m[1];
    if (GENERIC_USERS.has(user.toLowerCase()) || /^\[[A-Z]/.test(user) || ctx.isProtected(user.toLowerCase())) continue;
    const s = m.index! + m[0].length - user.length;
    out.push({ start: s, end: s + user.length, kind: 'USER', detector: 'account-slot', priority: PRIORITY.path - 1, value: user.toLowerCase(), side: 'victim', reason: 'login in an authentication log or account field' });
  }
  return out;
};

/** Speakers of chat transcript lines and the handles they address: the participants are staff or customers. */
function chatParticipants(text: string, ctx: ScanContext, out: Finding[]): void {
  let lineEnds: number[] | undefined;
  for (const m of matchAll(CHAT_LINE_RE, text)) {
    const name = m[1] ?? m[2];
    const s = m.index! + m[0].lastIndexOf(name);
    (lineEnds ??= []).push(m.index!);
    if (CHAT_ROLES.test(name) || GENERIC_USERS.has(name.toLowerCase()) || /^\[[A-Z]/.test(name) || ctx.isProtected(name.toLowerCase())) continue;
    const handle = !name.includes(' ');
    out.push({
      start: s, end: s + name.length, kind: handle ? 'USER' : 'PERSON', detector: 'chat-speaker', priority: PRIORITY.path - 1,
      value: name.toLowerCase(), side: 'victim', reason: handle ? 'handle of a chat participant' : 'display name of a chat participant',
    });
  }
  if (!lineEnds || !text.includes('@')) return;
  // Mentions only on the transcript's lines.
  for (const start of lineEnds) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? text.length : nl);
    for (const m of matchAll(MENTION_RE, line)) {
      if (GENERIC_USERS.has(m[1].toLowerCase()) || ctx.isProtected(m[1].toLowerCase())) continue;
      const s = start + m.index! + 1;
      out.push({ start: s, end: s + m[1].length, kind: 'USER', detector: 'chat-mention', priority: PRIORITY.path - 1, value: m[1].toLowerCase(), side: 'victim', reason: 'handle addressed in a chat line' });
    }
  }
}

/** Secrets, tokens, user paths and account SIDs. */
export const secretDetectors: [string, Detector][] = [
  ['secrets', secrets],
  ['secret-labels', labelledSecrets],
  ['entropy', highEntropy],
  ['paths', paths],
  ['accounts', accounts],
];
