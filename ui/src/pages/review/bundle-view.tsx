import type { StixBundle, StixObject } from '../../api/types';
import { formatDateTime } from '../../app/format';
import { Empty } from '../../components/status';
import { indexById, objectName, shortId, TYPE_ORDER, typeLabel } from './stix-names';

// Properties shown in the header or everywhere, not repeated in the property list.
const SKIP = new Set(['type', 'id', 'spec_version', 'name', 'description', 'pattern', 'pattern_type', 'object_marking_refs', 'created', 'modified']);

/** The anonymized bundle as a coordinator reads it: grouped by type, patterns and relationships spelled out. */
export function BundleView({ bundle, flagged }: { bundle: StixBundle | null; flagged: Set<string> }) {
  if (!bundle || bundle.objects.length === 0) return <Empty>There is no anonymized content for this submission.</Empty>;
  const byId = indexById(bundle);
  const groups = new Map<string, StixObject[]>();
  for (const object of bundle.objects) {
    if (object.type === 'marking-definition') continue;
    groups.set(object.type, [...(groups.get(object.type) ?? []), object]);
  }
  const types = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return (
    <div className="bundle">
      <nav aria-label="Object types" className="type-index">
        {types.map((type) => (
          <a key={type} href={`#type-${type}`}>
            {typeLabel(type)} <span className="count">{groups.get(type)!.length}</span>
          </a>
        ))}
      </nav>
      {types.map((type) => (
        <section key={type} id={`type-${type}`} aria-labelledby={`type-${type}-h`} className="object-group">
          <h3 id={`type-${type}-h`}>
            {typeLabel(type)} <span className="count">{groups.get(type)!.length}</span>
          </h3>
          {type === 'relationship' ? (
            <ul className="relationships">
              {groups.get(type)!.map((rel) => (
                <li key={rel.id}>
                  <span className="rel-end">{objectName(byId.get(String(rel.source_ref)), String(rel.source_ref))}</span>
                  <span className="rel-type">{String(rel.relationship_type ?? 'related-to')}</span>
                  <span className="rel-end">{objectName(byId.get(String(rel.target_ref)), String(rel.target_ref))}</span>
                  {typeof rel.description === 'string' && <span className="cell-sub">{rel.description}</span>}
                </li>
              ))}
            </ul>
          ) : (
            groups.get(type)!.map((object) => <ObjectCard key={object.id} object={object} byId={byId} flagged={flagged.has(object.id)} />)
          )}
        </section>
      ))}
    </div>
  );
}

function ObjectCard({ object, byId, flagged }: { object: StixObject; byId: Map<string, StixObject>; flagged: boolean }) {
  const rest = Object.entries(object).filter(([key]) => !SKIP.has(key));
  return (
    <article className={`object-card${flagged ? ' flagged' : ''}`} aria-label={`${object.type} ${objectName(object)}`}>
      <header>
        <h4>{objectName(object)}</h4>
        <span className="mono muted">{shortId(object.id)}</span>
        {flagged && <span className="flag">Residual-risk finding</span>}
      </header>
      {typeof object.pattern === 'string' && (
        <div className="pattern">
          <span className="label">Pattern ({String(object.pattern_type ?? 'stix')})</span>
          <code>{object.pattern}</code>
        </div>
      )}
      {typeof object.description === 'string' && <p className="description">{object.description}</p>}
      {rest.length > 0 && (
        <dl className="props">
          {rest.map(([key, value]) => (
            <div key={key}>
              <dt>{key.replace(/_/g, ' ')}</dt>
              <dd>{renderValue(key, value, byId)}</dd>
            </div>
          ))}
        </dl>
      )}
      <details>
        <summary>JSON</summary>
        <pre className="json">{JSON.stringify(object, null, 2)}</pre>
      </details>
    </article>
  );
}

function renderValue(key: string, value: unknown, byId: Map<string, StixObject>): string {
  if (key.endsWith('_ref') && typeof value === 'string') return objectName(byId.get(value), value);
  if (key.endsWith('_refs') && Array.isArray(value)) return value.map((v) => objectName(byId.get(String(v)), String(v))).join(', ');
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return formatDateTime(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function rank(type: string): number {
  const i = TYPE_ORDER.indexOf(type);
  return i === -1 ? TYPE_ORDER.length - 1 : i;
}
