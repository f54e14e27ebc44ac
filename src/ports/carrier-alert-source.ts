import type { AuState, CarrierAlert } from '../domain/order';
import type { LookupFailure } from './lookup-result';

export type CarrierAlertsLookup = { kind: 'found'; alerts: CarrierAlert[] } | LookupFailure;

export interface CarrierAlertSource {
  alertsFor(carrier: string, state: AuState): Promise<CarrierAlertsLookup>;
}
