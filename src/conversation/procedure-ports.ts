import type { AssessmentRules } from '../domain/assess-order';
import type { CarrierAlertSource } from '../ports/carrier-alert-source';
import type { CaseStore } from '../ports/case-store';
import type { Clock } from '../ports/clock';
import type { OrderSource } from '../ports/order-source';
import type { VerificationLimiter } from '../ports/verification-limiter';

/** A failure the customer is shielded from but the engineer on call must see. */
export interface ProcedureLogger {
  warn(details: object, message: string): void;
}

export interface ProcedurePorts {
  orders: OrderSource;
  alerts: CarrierAlertSource;
  cases: CaseStore;
  /** Failed verifications counted across conversations and instances. */
  verifications: VerificationLimiter;
  clock: Clock;
  rules: AssessmentRules;
  logger: ProcedureLogger;
}
