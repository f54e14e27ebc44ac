import type { AuState, CarrierAlert } from '../domain/order';
import type { CallContext } from './call-context';
import type { LookupFailure } from './lookup-result';

export type CarrierAlertsLookup = { kind: 'found'; alerts: CarrierAlert[] } | LookupFailure;

export interface CarrierAlertSource {
  alertsFor(carrier: string, state: AuState, call?: CallContext): Promise<CarrierAlertsLookup>;
}
