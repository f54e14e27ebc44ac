import { addBusinessDays } from './business-days';
import type { DeliveryWindow } from './delivery-window-types';
import type { AuState, CarrierAlert } from './order';

/** The most a service alert may push a window out: an alert claiming more is a data error, not a promise. */
const MAX_ALERT_DELAY_BUSINESS_DAYS = 10;

/**
 * The carrier's alerts that apply to a parcel going to `state` right now:
 * same carrier, the state listed (or no states listed: every state), and in
 * force (started, not yet ended). The order system may send expired or
 * planned alerts; those never reach a customer.
 */
export function alertsInForce(alerts: readonly CarrierAlert[], carrier: string, state: AuState, now: Date): CarrierAlert[] {
  const at = now.getTime();
  return alerts.filter(
    (alert) =>
      alert.carrier === carrier &&
      (alert.states.length === 0 || alert.states.includes(state)) &&
      Date.parse(alert.from) <= at &&
      (alert.until === null || Date.parse(alert.until) > at),
  );
}

/** The business days a set of alerts adds: the largest one, since disruptions overlap rather than queue. */
export function alertDelayBusinessDays(alerts: readonly CarrierAlert[]): number {
  const days = Math.max(0, ...alerts.map((alert) => alert.expectedDelayBusinessDays ?? 0));
  return Math.min(days, MAX_ALERT_DELAY_BUSINESS_DAYS);
}

/**
 * A window moved out by the alerts' delay: the customer is told the honest
 * wait, not the one the carrier can no longer keep. Only windows of business
 * days move; a seller's own timeframe or a settled parcel has nothing to move.
 */
export function withCarrierDelay(window: DeliveryWindow, alerts: readonly CarrierAlert[]): DeliveryWindow {
  const delay = alertDelayBusinessDays(alerts);
  if (window.kind !== 'business_days' || delay === 0) return window;
  return {
    ...window,
    from: addBusinessDays(window.from, delay, window.state),
    to: addBusinessDays(window.to, delay, window.state),
    carrierDelayBusinessDays: delay,
  };
}
