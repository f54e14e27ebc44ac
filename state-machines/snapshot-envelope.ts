import { z } from 'zod';
import { SupportContextSchema } from './support-context';
import { SUPPORT_MACHINE_ID, SUPPORT_MACHINE_VERSION } from './support-procedure/machine-identity';

/**
 * A saved conversation: which machine and which version of it produced the
 * snapshot. Only settled snapshots are saved (no invoked actor in flight:
 * children is empty), because XState re-runs an in-flight promise on restore.
 */
export const PersistedSupportSnapshotSchema = z
  .object({
    status: z.literal('active'),
    value: z.union([z.string(), z.record(z.string(), z.unknown())]),
    context: SupportContextSchema,
    children: z.record(z.string(), z.unknown()).refine((c) => Object.keys(c).length === 0, 'snapshot has an actor in flight'),
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
  return { machineId: SUPPORT_MACHINE_ID, version: SUPPORT_MACHINE_VERSION, savedAt: savedAt.toISOString(), snapshot };
}
