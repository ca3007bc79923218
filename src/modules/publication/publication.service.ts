import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StixObject } from '../../anonymizer';
import { isObservableType, revoke } from '../../stix';
import type { Submission } from '../submissions/submission.entity';
import { PublishedObject } from './published-object.entity';
import { publicationObjects, toRow, type PublicationRow } from './publication-rows';
import { refreshReadHints } from './read-hints';

// Serializes publications, so date_added increases in commit order: a reader paging by
// date_added never sees a row appear behind a page it has already read.
const PUBLICATION_LOCK = 7_350_002;

/**
 * Inserts rows with strictly increasing date_added (1 µs apart, after every existing row).
 * Rows without a version (SCOs) take their date added as version. The object arrives as compact
 * JSON text, kept as object_text for the read paths and parsed once into the jsonb the filters use.
 */
const INSERT_ROWS = `
  WITH base AS (
    SELECT greatest(clock_timestamp(), coalesce((SELECT max(date_added) FROM published_objects) + interval '1 microsecond', '-infinity')) AS t
  ), rows AS (
    SELECT r.*, base.t + (r.ord * interval '1 microsecond') AS added
    FROM base, jsonb_to_recordset($1::jsonb) AS r(
      ord integer, stix_id text, stix_type text, spec_version text, version text, modified timestamptz,
      confidence integer, labels text[], revoked boolean, object_text text)
  )
  INSERT INTO published_objects
    (stix_id, stix_type, spec_version, version, modified, date_added, tlp, sharing_group_id, submission_id, sectors, confidence, labels, revoked, object, object_text)
  SELECT stix_id, stix_type, spec_version,
    coalesce(version, to_char(added AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
    coalesce(modified, added), added, $2, $3, $4, $5, confidence, labels, revoked, object_text::jsonb, object_text
  FROM rows
  WHERE NOT ($6::boolean AND EXISTS (SELECT 1 FROM published_objects p WHERE p.stix_id = rows.stix_id AND p.submission_id IS NULL))`;

export interface Audience {
  tlp: string;
  sharingGroupId: string | null;
}

/** Told of every publication and revocation inside its transaction (e.g. to queue push deliveries). */
export interface PublicationListener {
  published(em: EntityManager): Promise<void>;
}

/** Writes published objects; callers hold the transaction in which the submission changes state. */
@Injectable()
export class PublicationService {
  private readonly listeners: PublicationListener[] = [];

  /** Registers a listener (modules do so in onModuleInit). */
  listen(listener: PublicationListener): void {
    this.listeners.push(listener);
  }

  /** Publishes a submission's anonymized bundle; returns the number of its own objects written. */
  async publish(em: EntityManager, submission: Submission, sectors: string[]): Promise<number> {
    if (!submission.anonymizedBundle) throw new Error(`submission ${submission.id} has no anonymized bundle`);
    const { own, exchange } = publicationObjects(submission.anonymizedBundle, submission.tlp);
    await em.query('SELECT pg_advisory_xact_lock($1)', [PUBLICATION_LOCK]);
    // The exchange's identity, statement and TLP definitions: published once, for everyone.
    await this.insert(em, exchange.map((o, i) => toRow(o, i)), { tlp: 'clear', sharingGroupId: null }, null, [], true);
    await this.insert(em, own.map((o, i) => toRow(o, exchange.length + i)), submission, submission.id, sectors, false);
    for (const listener of this.listeners) await listener.published(em);
    return own.length;
  }

  /**
   * Withdrawal after publication: every versioned object gets a revoked version (STIX §3.6);
   * observables, which have no versions, are flagged so that feeds stop serving them.
   */
  async revoke(em: EntityManager, submission: Submission): Promise<number> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [PUBLICATION_LOCK]);
    const latest: PublishedObject[] = await em
      .getRepository(PublishedObject)
      .createQueryBuilder('p')
      .distinctOn(['p.stix_id'])
      .where('p.submission_id = :id', { id: submission.id })
      .orderBy('p.stix_id')
      .addOrderBy('p.modified', 'DESC')
      .getMany();
    const now = new Date();
    const revoked: StixObject[] = latest
      .filter((p) => !p.revoked && !isObservableType(p.stixType) && p.stixType !== 'marking-definition')
      .map((p) => revoke(p.object, () => now));
    await this.insert(em, revoked.map((o, i) => toRow(o, i, true)), submission, submission.id, latest[0]?.sectors ?? [], false);
    const observableTypes = [...new Set(latest.map((p) => p.stixType).filter(isObservableType))];
    if (observableTypes.length > 0) {
      await em
        .createQueryBuilder()
        .update(PublishedObject)
        .set({ revoked: true })
        .where('submission_id = :id AND revoked = false AND stix_type IN (:...types)', { id: submission.id, types: observableTypes })
        .execute();
    }
    for (const listener of this.listeners) await listener.published(em);
    return revoked.length;
  }

  private async insert(em: EntityManager, rows: PublicationRow[], audience: Audience, submissionId: string | null, sectors: string[], onlyIfAbsent: boolean): Promise<void> {
    if (rows.length === 0) return;
    await em.query(INSERT_ROWS, [JSON.stringify(rows), audience.tlp, audience.sharingGroupId, submissionId, sectors, onlyIfAbsent]);
    await refreshReadHints(em, rows.map((r) => r.stix_id));
  }
}
