import { z } from 'zod';
import { packContext, unpackContext } from './stored-context';
import { SupportContextSchema } from './support-context';
import { SUPPORT_MACHINE_ID, SUPPORT_MACHINE_VERSION } from './support-procedure/machine-identity';

/**
 * A saved conversation: which machine and which version of it produced the
 * snapshot. Only settled snapshots are saved (no invoked actor in flight:
 * children is empty), because XState re-runs an in-flight promise on restore.
 */
export const PersistedSupportSnapshotSchema = z
  .object({
    status: z.literal('active').default('active'),
    value: z.union([z.string(), z.record(z.string(), z.unknown())]),
    context: z.preprocess(unpackContext, SupportContextSchema),
    children: z
      .record(z.string(), z.unknown())
      .refine((c) => Object.keys(c).length === 0, 'snapshot has an actor in flight')
      .default({}),
    historyValue: z.record(z.string(), z.unknown()).optional(),
  })
  .loose()
  // XState's Snapshot type insists on these keys; a settled, active snapshot has neither.
  .transform((snapshot) => ({ ...snapshot, output: undefined, error: undefined }));

export const SnapshotEnvelopeSchema = z.object({
  machineId: z.string(),
  version: z.number().int(),
  savedAt: z.iso.datetime({ offset: true }),
  snapshot: z.unknown(),
});
export type SnapshotEnvelope = z.infer<typeof SnapshotEnvelopeSchema>;

export type EnvelopeReading =
  | { kind: 'usable'; snapshot: z.infer<typeof PersistedSupportSnapshotSchema> }
  | { kind: 'none' }
  | { kind: 'outdated'; reason: string };

/** Anything other than a current, well-formed snapshot restarts the conversation instead of failing it. */
export function readEnvelope(stored: unknown): EnvelopeReading {
  if (stored === undefined || stored === null) return { kind: 'none' };
  const envelope = SnapshotEnvelopeSchema.safeParse(stored);
  if (!envelope.success) return { kind: 'outdated', reason: 'not a snapshot envelope' };
  if (envelope.data.machineId !== SUPPORT_MACHINE_ID || envelope.data.version !== SUPPORT_MACHINE_VERSION) {
    return { kind: 'outdated', reason: `saved by ${envelope.data.machineId} v${envelope.data.version}` };
  }
  const snapshot = PersistedSupportSnapshotSchema.safeParse(envelope.data.snapshot);
  if (!snapshot.success) return { kind: 'outdated', reason: `snapshot does not match: ${snapshot.error.issues[0]?.message ?? ''}` };
  return { kind: 'usable', snapshot: snapshot.data };
}

export function envelopeOf(snapshot: unknown, savedAt: Date): SnapshotEnvelope {
  return { machineId: SUPPORT_MACHINE_ID, version: SUPPORT_MACHINE_VERSION, savedAt: savedAt.toISOString(), snapshot: compacted(snapshot) };
}

/** The snapshot with its context in the saved form (stored-context.ts), which PersistedSupportSnapshotSchema restores. */
function compacted(snapshot: unknown): unknown {
  if (typeof snapshot !== 'object' || snapshot === null) return snapshot;
  const { historyValue, status, children, ...rest }: Record<string, unknown> = { ...snapshot };
  const packed: Record<string, unknown> = { ...rest, context: packContext(rest.context) };
  // Only settled, active snapshots are saved: their status and empty children go without saying; an empty history too.
  if (status !== 'active') packed.status = status;
  if (!isEmptyRecord(children)) packed.children = children;
  if (!isEmptyRecord(historyValue)) packed.historyValue = historyValue;
  return packed;
}

function isEmptyRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}
