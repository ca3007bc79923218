import type { ResidualRiskReport, StixBundle } from '../../api/types';
import { humanize } from '../../app/format';
import { Empty } from '../../components/status';
import { objectAtPath, objectName, propertyOfPath } from './stix-names';

/** The residual-risk report with what needs a human's eyes first. */
export function RiskView({ report, rawBundle }: { report: ResidualRiskReport | null; rawBundle: StixBundle | null }) {
  if (!report) return <Empty>No residual-risk report: the submission has not been anonymized.</Empty>;
  const where = (path: string) => {
    const object = objectAtPath(rawBundle, path);
    return (
      <>
        <span className="cell-main">{object ? `${object.type}: ${objectName(object)}` : path}</span>
        <span className="cell-sub mono">{object ? propertyOfPath(path) : ''}</span>
      </>
    );
  };
  const qi = report.quasiIdentifiers;
  const byDetector = new Map<string, number>();
  for (const t of report.transformations) byDetector.set(`${t.detector} · ${t.action}`, (byDetector.get(`${t.detector} · ${t.action}`) ?? 0) + 1);
  return (
    <div className="risk-report">
      <div className={`risk-banner risk-banner-${report.verdict}`}>
        <span className="risk-big">{report.score}</span>
        <div>
          <strong>{humanize(report.verdict)}</strong>
          <p>
            Residual-risk score under policy {report.policyVersion}.{' '}
            {report.verdict === 'block'
              ? 'The anonymizer would block this: read the findings before approving.'
              : report.verdict === 'review-required'
                ? 'A coordinator must review the findings below.'
                : 'Low risk; the findings below are informational.'}
          </p>
        </div>
      </div>

      <section aria-labelledby="kept-h" className="finding-section">
        <h3 id="kept-h">Kept on purpose ({report.keptOnPurpose.length})</h3>
        {report.keptOnPurpose.length === 0 ? (
          <Empty>Nothing identifying was deliberately kept.</Empty>
        ) : (
          <ul className="findings">
            {report.keptOnPurpose.map((f, i) => (
              <li key={i} className="finding finding-warn">
                <span className="finding-tag">{humanize(f.category)}</span>
                <div>
                  {where(f.path)}
                  <p>{f.reason}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {report.detectorFailures.length > 0 && (
        <section aria-labelledby="fail-h" className="finding-section">
          <h3 id="fail-h">Detector failures ({report.detectorFailures.length})</h3>
          <ul className="findings">
            {report.detectorFailures.map((f, i) => (
              <li key={i} className="finding finding-error">
                <span className="finding-tag">{f.detector}</span>
                <div>{where(f.path)}<p>This detector could not check the value: read it yourself.</p></div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="amb-h" className="finding-section">
        <h3 id="amb-h">Ambiguous classifications ({report.ambiguous.length})</h3>
        {report.ambiguous.length === 0 ? (
          <Empty>Every observable was clearly threat-side or victim-side.</Empty>
        ) : (
          <ul className="findings">
            {report.ambiguous.map((f, i) => (
              <li key={i} className="finding finding-warn">
                <span className="finding-tag">{f.observableType} → {f.sideChosen}</span>
                <div>{where(f.path)}<p>{f.reason}</p></div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="qi-h" className="finding-section">
        <h3 id="qi-h">Who could be recognised</h3>
        <dl className="props">
          <div><dt>Sector</dt><dd>{qi.sector ?? '—'}</dd></div>
          <div><dt>Country / region</dt><dd>{[qi.country, qi.region].filter(Boolean).join(' / ') || '—'}</dd></div>
          <div>
            <dt>Anonymity set</dt>
            <dd className={qi.anonymitySet !== null && qi.anonymitySet < qi.k ? 'text-danger' : undefined}>
              {qi.anonymitySet === null ? 'unknown' : `${qi.anonymitySet} member${qi.anonymitySet === 1 ? '' : 's'}`} (policy needs at least {qi.k}){qi.widened ? ', widened to reach it' : ''}
            </dd>
          </div>
          <div><dt>Recent observations</dt><dd>{report.timing.recentObservations}</dd></div>
          <div><dt>Single-event sightings</dt><dd>{report.timing.singleEventSightings}</dd></div>
        </dl>
      </section>

      <section aria-labelledby="tr-h" className="finding-section">
        <h3 id="tr-h">What the anonymizer did ({report.transformations.length})</h3>
        {byDetector.size === 0 ? (
          <Empty>No transformations.</Empty>
        ) : (
          <ul className="chips">
            {[...byDetector].map(([key, n]) => (
              <li key={key} className="chip">
                {key} <strong>{n}</strong>
              </li>
            ))}
          </ul>
        )}
        <details>
          <summary>Every transformation</summary>
          <ul className="plain-list">
            {report.transformations.map((t, i) => (
              <li key={i}>
                <span className="mono">{t.path}</span> — {t.action} by {t.detector}: {t.reason}
              </li>
            ))}
          </ul>
        </details>
      </section>
    </div>
  );
}
