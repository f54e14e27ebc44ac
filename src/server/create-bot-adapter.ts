import type { Logger } from 'pino';
import type { Env } from '../config/config-schema';
import { CheckedBodyAdapter } from './checked-body-adapter';
import { ClientReusingAuthentication } from './client-reusing-authentication';
import { createOnTurnError } from './on-turn-error';

export type BotAuthConfig = Pick<
  Env,
  'MicrosoftAppType' | 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppTenantId'
>;

/** Bot Framework turns authentication off exactly when no app id is configured; we follow the same rule. */
export function isAuthenticationEnabled(config: Pick<Env, 'MicrosoftAppId'>): boolean {
  return config.MicrosoftAppId !== undefined;
}

/**
 * Only our own parsed values go to botbuilder, as a plain object of strings:
 * botbuilder validates them with its own zod 3 and must never see our schemas.
 */
export function botAuthSettings(config: BotAuthConfig): Record<string, string> {
  const settings: Record<string, string> = {};
  if (config.MicrosoftAppType !== undefined) settings.MicrosoftAppType = config.MicrosoftAppType;
  if (config.MicrosoftAppId !== undefined) settings.MicrosoftAppId = config.MicrosoftAppId;
  if (config.MicrosoftAppPassword !== undefined) settings.MicrosoftAppPassword = config.MicrosoftAppPassword;
  if (config.MicrosoftAppTenantId !== undefined) settings.MicrosoftAppTenantId = config.MicrosoftAppTenantId;
  return settings;
}

/** The adapter that runs bot turns. */
export function createBotAdapter(config: BotAuthConfig, logger: Logger): CheckedBodyAdapter {
  if (!isAuthenticationEnabled(config)) {
    logger.warn(
      'Bot Framework authentication is OFF because MicrosoftAppId is not set. This is for local use only: ' +
        '/api/messages accepts unauthenticated requests, and only with a loopback serviceUrl.',
    );
  }

  const adapter = new CheckedBodyAdapter(new ClientReusingAuthentication(botAuthSettings(config)));
  adapter.onTurnError = createOnTurnError(logger);
  return adapter;
}
