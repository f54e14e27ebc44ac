import type { Env } from '../../config/config-schema';
import { isAuthenticationEnabled } from '../create-bot-adapter';

/**
 * The development Direct Line endpoint: on by default outside production, but it forwards turns
 * without a Bot Framework token, so it is off whenever authentication is on (config validation
 * refuses DIRECT_LINE_DEV=true in either case).
 */
export function isDirectLineEnabled(config: Pick<Env, 'NODE_ENV' | 'MicrosoftAppId' | 'DIRECT_LINE_DEV'>): boolean {
  if (config.NODE_ENV === 'production' || isAuthenticationEnabled(config)) return false;
  return config.DIRECT_LINE_DEV ?? true;
}
