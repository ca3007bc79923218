// STIX 2.1 §2.9, §6: SCO ids SHOULD be UUIDv5 over the ID-contributing properties.
// A "should" is a warning, never an error.
import { deterministicObservableId, parseIdentifier } from '../ids';
import type { ObjectContext } from './report';

/** Warns when an SCO's id differs from its deterministic id. */
export function checkObservableId(ctx: ObjectContext): void {
  const id = ctx.obj.id;
  if (typeof id !== 'string') return;
  const parsed = parseIdentifier(id);
  if (!parsed || parsed.type !== ctx.type) return;
  const expected = deterministicObservableId(ctx.obj);
  if (expected !== undefined && expected !== id.toLowerCase()) {
    ctx.report.warn(
      ctx.id,
      `${ctx.ptr}/id`,
      'sco-id-not-deterministic',
      `id should be ${expected}, the UUIDv5 of its ID-contributing properties, so equal observables share one id`,
    );
  }
}
