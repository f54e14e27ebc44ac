/**
 * Which machine, and which shape of it, saved a snapshot. Apart from the
 * machine so that reading a saved envelope does not load the whole procedure.
 */
export const SUPPORT_MACHINE_ID = 'support-procedure';
/** Bump when states or context change shape: older snapshots then restart politely. */
export const SUPPORT_MACHINE_VERSION = 4;
