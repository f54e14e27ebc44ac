import { CarrierAlertsResponseSchema, type AuState } from '../domain/order';
import type { CarrierAlertSource, CarrierAlertsLookup } from '../ports/carrier-alert-source';
import type { OmsCallContext, OmsHttpClient } from './oms-http-client';

/** CarrierAlertSource over the OMS HTTP API (shared/contracts/order-api.md). Never throws. */
export class HttpCarrierAlertSource implements CarrierAlertSource {
  constructor(private readonly client: OmsHttpClient) {}

  async alertsFor(carrier: string, state: AuState, context: OmsCallContext = {}): Promise<CarrierAlertsLookup> {
    const result = await this.client.getJson(
      { path: ['carrier-alerts'], query: { carrier, state }, ...context },
      CarrierAlertsResponseSchema,
    );
    switch (result.kind) {
      case 'found':
        return { kind: 'found', alerts: result.value.alerts };
      case 'not_found':
        // The contract answers "no alerts" with an empty list, so a 404 means a wrong URL or a broken OMS.
        return { kind: 'invalid_response', reason: 'OMS answered 404 for carrier alerts; the contract expects 200 with a list' };
      default:
        return result;
    }
  }
}
