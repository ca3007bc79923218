// Data markings (STIX 2.1 §7.2): granular markings, marking-definition content, TLP.
import { statementValidator, tlp1Validator } from '../schemas/compile';
import { TLP2_EXTENSION_ID } from '../schemas/meta';
import { TLP1_IDS, tlp1LevelOf, tlp2LevelOf } from '../tlp';
import { isLanguageTag } from './language';
import type { ObjectContext } from './report';
import { reportSchemaErrors } from './schema-errors';

const SELECTOR_INDEX = /^\[(\d+)\]$/;

/** STIX 2.1 §7.2.3.1: a selector names a property path inside the object, list items as `[n]`. */
export function resolveSelector(obj: Record<string, unknown>, selector: string): boolean {
  if (selector === '') return false;
  let cur: unknown = obj;
  for (const part of selector.split('.')) {
    const m = SELECTOR_INDEX.exec(part);
    if (m) {
      if (!Array.isArray(cur)) return false;
      const i = Number(m[1]);
      if (i >= cur.length) return false;
      cur = cur[i];
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, part)) return false;
      cur = (cur as Record<string, unknown>)[part];
    }
  }
  return true;
}

/** Granular markings: exactly one of marking_ref / lang, a valid lang tag, selectors that resolve. */
export function checkGranularMarkings(ctx: ObjectContext): void {
  const gms = ctx.obj.granular_markings;
  if (!Array.isArray(gms)) return;
  for (let i = 0; i < gms.length; i++) {
    const gm = gms[i] as Record<string, unknown> | null;
    if (gm === null || typeof gm !== 'object' || Array.isArray(gm)) continue;
    const p = `${ctx.ptr}/granular_markings/${i}`;
    const hasRef = gm.marking_ref !== undefined;
    const hasLang = gm.lang !== undefined;
    if (hasRef === hasLang) {
      ctx.report.error(ctx.id, p, 'granular-marking-ref-or-lang', 'a granular marking needs exactly one of marking_ref or lang');
    }
    if (typeof gm.lang === 'string' && !isLanguageTag(gm.lang)) {
      ctx.report.error(ctx.id, `${p}/lang`, 'invalid-language-tag', `'${gm.lang.slice(0, 40)}' is not an RFC 5646 language tag`);
    }
    if (Array.isArray(gm.selectors)) {
      for (let j = 0; j < gm.selectors.length; j++) {
        const s = gm.selectors[j];
        if (typeof s === 'string' && !resolveSelector(ctx.obj, s)) {
          ctx.report.error(ctx.id, `${p}/selectors/${j}`, 'unresolvable-selector', `selector '${s.slice(0, 80)}' does not name a property of this object`);
        }
      }
    }
  }
}

/** `lang` on the object and language-content keys are RFC 5646 tags. */
export function checkLanguage(ctx: ObjectContext): void {
  const lang = ctx.obj.lang;
  if (typeof lang === 'string' && !isLanguageTag(lang)) {
    ctx.report.error(ctx.id, `${ctx.ptr}/lang`, 'invalid-language-tag', `'${lang.slice(0, 40)}' is not an RFC 5646 language tag`);
  }
  if (ctx.type === 'language-content') {
    const contents = ctx.obj.contents;
    if (contents && typeof contents === 'object' && !Array.isArray(contents)) {
      for (const key of Object.keys(contents)) {
        if (!isLanguageTag(key)) {
          ctx.report.error(ctx.id, `${ctx.ptr}/contents/${key}`, 'invalid-language-tag', `contents key '${key.slice(0, 40)}' is not an RFC 5646 language tag`);
        }
      }
    }
  }
}

/** marking-definition: a statement, TLP 1.0 or extension body that matches its id; not versioned. */
export function checkMarkingDefinition(ctx: ObjectContext): void {
  const o = ctx.obj;
  const id = typeof o.id === 'string' ? o.id : '';
  const exts = o.extensions && typeof o.extensions === 'object' ? (o.extensions as Record<string, unknown>) : undefined;
  const defType = o.definition_type;
  if (o.revoked !== undefined) {
    ctx.report.error(ctx.id, `${ctx.ptr}/revoked`, 'revoked-not-allowed', 'marking definitions cannot be versioned or revoked (STIX 2.1 §7.2.1)');
  }
  if (o.modified !== undefined) {
    ctx.report.warn(ctx.id, `${ctx.ptr}/modified`, 'marking-definition-versioned', 'marking definitions are not versioned; drop modified');
  }
  if (defType === undefined) {
    if (o.definition !== undefined) {
      ctx.report.error(ctx.id, `${ctx.ptr}/definition_type`, 'marking-definition-content', "'definition' needs 'definition_type'");
    } else if (!exts) {
      ctx.report.error(ctx.id, ctx.ptr, 'marking-definition-content', "a marking definition needs 'definition_type' and 'definition', or an extension such as TLP 2.0");
    }
  } else if (typeof defType === 'string') {
    const def = o.definition;
    if (def === undefined) {
      ctx.report.error(ctx.id, `${ctx.ptr}/definition`, 'marking-definition-content', `'definition_type' ${defType} needs a 'definition'`);
    } else if (defType === 'statement') {
      if (!statementValidator(def)) reportSchemaErrors(ctx, statementValidator.errors ?? [], '/definition');
    } else if (defType === 'tlp') {
      if (!tlp1Validator(def)) reportSchemaErrors(ctx, tlp1Validator.errors ?? [], '/definition');
      else {
        const level = (def as { tlp: string }).tlp;
        const expected = tlp1LevelOf(id);
        if (expected !== level) {
          ctx.report.error(
            ctx.id,
            `${ctx.ptr}/definition/tlp`,
            'tlp-marking-mismatch',
            expected
              ? `${id} is TLP:${expected.toUpperCase()}, not TLP:${level.toUpperCase()}`
              : `TLP 1.0 markings must use the marking-definition ids fixed by STIX 2.1 §7.2.1.4 (TLP:${level.toUpperCase()} is ${TLP1_IDS[level]})`,
          );
        }
      }
    } else {
      ctx.report.warn(ctx.id, `${ctx.ptr}/definition_type`, 'unknown-definition-type', `definition_type '${defType.slice(0, 40)}' is neither 'statement' nor 'tlp'`);
    }
  }
  const tlp2 = exts?.[TLP2_EXTENSION_ID] as Record<string, unknown> | undefined;
  if (tlp2 && typeof tlp2 === 'object' && typeof tlp2.tlp_2_0 === 'string') {
    const expected = tlp2LevelOf(id);
    if (expected !== tlp2.tlp_2_0) {
      ctx.report.error(
        ctx.id,
        `${ctx.ptr}/extensions/${TLP2_EXTENSION_ID}/tlp_2_0`,
        'tlp-marking-mismatch',
        expected
          ? `${id} is TLP:${expected.toUpperCase()}, not TLP:${tlp2.tlp_2_0.toUpperCase()}`
          : 'TLP 2.0 markings must use the marking-definition ids published by the OASIS CTI TC',
      );
    }
  }
}
