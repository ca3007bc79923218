// Open vocabularies (STIX 2.1 §10): a value outside the vocabulary is a warning, never an error.
import { OPEN_VOCAB_PROPERTIES, vocabSet } from '../schemas/vocabularies';
import type { ObjectContext } from './report';

/** Warns for each open-vocabulary value not in its suggested vocabulary. */
export function checkVocabularies(ctx: ObjectContext): void {
  const props = OPEN_VOCAB_PROPERTIES[ctx.type];
  if (!props) return;
  for (const [prop, vocab, isList] of props) {
    const v = ctx.obj[prop];
    if (v === undefined) continue;
    const set = vocabSet(vocab);
    if (isList) {
      if (!Array.isArray(v)) continue;
      for (let i = 0; i < v.length; i++) {
        if (typeof v[i] === 'string' && !set.has(v[i])) {
          ctx.report.warn(ctx.id, `${ctx.ptr}/${prop}/${i}`, 'open-vocabulary', `'${String(v[i]).slice(0, 80)}' is not in ${vocab}`);
        }
      }
    } else if (typeof v === 'string' && !set.has(v)) {
      ctx.report.warn(ctx.id, `${ctx.ptr}/${prop}`, 'open-vocabulary', `'${v.slice(0, 80)}' is not in ${vocab}`);
    }
  }
}
