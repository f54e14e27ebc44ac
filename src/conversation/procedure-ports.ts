import type { AssessmentRules } from '../domain/assess-order';
import type { CarrierAlertSource } from '../ports/carrier-alert-source';
import type { CaseStore } from '../ports/case-store';
import type { Clock } from '../ports/clock';
import type { OrderSource } from '../ports/order-source';

/** A failure the customer is shielded from but the engineer on call must see. */
export interface ProcedureLogger {
  warn(details: object, message: string): void;
}

export interface ProcedurePorts {
  orders: OrderSource;
  alerts: CarrierAlertSource;
  cases: CaseStore;
  clock: Clock;
  rules: AssessmentRules;
  logger: ProcedureLogger;
}
