import type { Pool } from 'pg';
import { z } from 'zod';
import { newCaseReference } from '../../domain/case-reference';
import { CaseKindSchema, type CaseNote, type OpenCaseRequest, type SupportCase } from '../../domain/support-case';
import type { CaseStore, OpenedCase } from '../../ports/case-store';
import type { Clock } from '../../ports/clock';

/** A row as PostgreSQL hands it back (timestamptz arrives as a Date). */
const CaseRowSchema = z.object({
  reference: z.string(),
  kind: CaseKindSchema,
  status: z.enum(['open', 'closed']),
  order_number: z.string(),
  shipment_id: z.string().nullable(),
  opened_at: z.date(),
});
const NoteRowSchema = z.object({ text: z.string(), added_at: z.date() });

const CASE_COLUMNS = 'reference, kind, status, order_number, shipment_id, opened_at';
const UNIQUE_VIOLATION = '23505';
/** A fresh reference colliding with an existing one is a one-in-10^12 event; a few retries are plenty. */
const MAX_ATTEMPTS = 5;

function caseOf(row: unknown): SupportCase {
  const r = CaseRowSchema.parse(row);
  return { reference: r.reference, kind: r.kind, status: r.status, orderNumber: r.order_number, shipmentId: r.shipment_id, openedAt: r.opened_at.toISOString() };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && Reflect.get(error, 'code') === UNIQUE_VIOLATION;
}

/**
 * Cases in PostgreSQL (migrations/001_support_cases.sql). Opening is one
 * INSERT ... ON CONFLICT DO NOTHING against the partial unique index on open
 * cases, so two instances opening the same case at once cannot both succeed:
 * the loser reads the winner's row.
 */
export class PostgresCaseStore implements CaseStore {
  constructor(
    private readonly pool: Pool,
    private readonly clock: Clock,
  ) {}

  async open(request: OpenCaseRequest): Promise<OpenedCase> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      try {
        const inserted = await this.pool.query(
          `INSERT INTO support_cases (reference, kind, order_number, shipment_id, customer_said, details, conversation_id, opened_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (order_number, shipment_key, kind) WHERE status = 'open' DO NOTHING
           RETURNING ${CASE_COLUMNS}`,
          [
            newCaseReference(request.kind),
            request.kind,
            request.orderNumber,
            request.shipmentId,
            request.customerSaid,
            request.details,
            request.conversationId,
            this.clock.now(),
          ],
        );
        if (inserted.rows[0] !== undefined) return { supportCase: caseOf(inserted.rows[0]), created: true };
        const existing = await this.pool.query(
          `SELECT ${CASE_COLUMNS} FROM support_cases
           WHERE order_number = $1 AND shipment_key = coalesce($2::text, '') AND kind = $3 AND status = 'open'`,
          [request.orderNumber, request.shipmentId, request.kind],
        );
        // Empty only if the open case was closed between the two statements: then this one opens a new case.
        if (existing.rows[0] !== undefined) return { supportCase: caseOf(existing.rows[0]), created: false };
      } catch (error) {
        // Only the reference can collide here (the open-case conflict is handled above): draw another.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error(`could not open a ${request.kind} case for order ${request.orderNumber} after ${MAX_ATTEMPTS} attempts`);
  }

  async casesForOrder(orderNumber: string): Promise<SupportCase[]> {
    const { rows } = await this.pool.query(`SELECT ${CASE_COLUMNS} FROM support_cases WHERE order_number = $1 ORDER BY opened_at, reference`, [orderNumber]);
    return rows.map(caseOf);
  }

  async addNote(reference: string, text: string): Promise<boolean> {
    const result = await this.pool.query(
      'INSERT INTO case_notes (reference, text, added_at) SELECT reference, $2, $3 FROM support_cases WHERE reference = $1',
      [reference, text, this.clock.now()],
    );
    return result.rowCount === 1;
  }

  async notesOf(reference: string): Promise<CaseNote[]> {
    const { rows } = await this.pool.query('SELECT text, added_at FROM case_notes WHERE reference = $1 ORDER BY id', [reference]);
    return rows.map((row: unknown) => {
      const note = NoteRowSchema.parse(row);
      return { text: note.text, addedAt: note.added_at.toISOString() };
    });
  }
}
