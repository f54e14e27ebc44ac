import { z } from 'zod';
import { isLoopbackHost } from '../server/loopback';

/** Empty strings in .env files mean "not set", not "set to nothing". */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const positiveInt = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? String(fallback) : v.trim()))
    .pipe(z.coerce.number<string>().int().positive());

const optionalBoolean = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim().toLowerCase()))
  .pipe(z.enum(['true', 'false']).optional())
  .transform((v) => (v === undefined ? undefined : v === 'true'));

const regexSource = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? '^\\d{8,12}$' : v.trim()))
  .superRefine((source, ctx) => {
    try {
      new RegExp(source);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(error as Error).message})` });
    }
  });

function parsedUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * The whole environment the process reads, parsed once at start-up by
 * load-config.ts. Nothing else in the code base touches process.env.
 */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: positiveInt(3978),
    /** Unset: loopback only while authentication is off (nothing else may reach an unauthenticated bot), all interfaces otherwise. */
    HOST: optionalString,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    ORDER_SOURCE: z.enum(['fixtures', 'http']).default('fixtures'),
    ORDER_API_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    ORDER_API_TOKEN: optionalString,
    ORDER_API_TIMEOUT_MS: positiveInt(3000),
    ORDER_API_MAX_RETRIES: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === '' ? '2' : v.trim()))
      .pipe(z.coerce.number<string>().int().min(0).max(5)),
    ORDER_NUMBER_PATTERN: regexSource,
    DELIVERY_TIMEFRAMES_FILE: optionalString,
    FIXTURES_DIR: optionalString,

    CUSTOMER_TOKEN_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    CUSTOMER_TOKEN_ISSUER: z.string().default('https://www.kmart.com.au'),
    CUSTOMER_TOKEN_AUDIENCE: z.string().default('kmart-order-support-bot'),

    MicrosoftAppType: optionalString.pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppTenantId: optionalString,

    /** Comma-separated bearer keys for the agent copilot API; unset means the API is off (404), never open. */
    COPILOT_API_KEYS: optionalString.transform((v) =>
      v === undefined ? [] : v.split(',').map((key) => key.trim()).filter((key) => key !== ''),
    ),
    COPILOT_SESSION_TTL_MINUTES: positiveInt(240),

    /** PostgreSQL for cases (what must last); unset keeps them in this process's memory. */
    DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    /** Redis for conversations, copilot sessions and limits shared between instances; unset keeps them in memory. */
    REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),

    /**
     * Comma-separated loopback origins (the Emulator's, a local test connector's) the bot may post
     * replies to while authentication is off, besides its own; anything else a caller names is refused.
     */
    LOOPBACK_SERVICE_URLS: optionalString.transform((v, ctx) => {
      const origins: string[] = [];
      for (const entry of (v ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '')) {
        const url = parsedUrl(entry);
        if (url === null || !/^https?:$/.test(url.protocol) || !isLoopbackHost(url.hostname) || url.username !== '' || url.password !== '') {
          ctx.addIssue({ code: 'custom', message: `${JSON.stringify(entry)} is not an http(s) loopback origin (http://127.0.0.1:<port>)` });
        } else {
          origins.push(url.origin);
        }
      }
      return origins;
    }),

    /**
     * true: this process's interfaces face only a private network that a reverse proxy fronts (compose.yaml),
     * so a non-loopback HOST may run without authentication outside production. Never for a host on a real network.
     */
    PRIVATE_NETWORK_ONLY: optionalBoolean,

    /** Unset means: on outside production when authentication is off (see src/server/direct-line-enabled.ts). */
    DIRECT_LINE_DEV: optionalBoolean,
  })
  .superRefine((env, ctx) => {
    if (env.ORDER_SOURCE === 'http' && env.ORDER_API_URL === undefined) {
      ctx.addIssue({ code: 'custom', path: ['ORDER_API_URL'], message: 'is required when ORDER_SOURCE=http' });
    }
    // Without an app id the Bot Framework adapter accepts unauthenticated requests: fine on a laptop, never live.
    if (env.NODE_ENV === 'production' && env.MicrosoftAppId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: 'is required when NODE_ENV=production (Bot Framework authentication must be on)',
      });
    }
    // Made-up orders must never be shown to real customers.
    if (env.NODE_ENV === 'production' && env.ORDER_SOURCE === 'fixtures') {
      ctx.addIssue({ code: 'custom', path: ['ORDER_SOURCE'], message: 'cannot be fixtures when NODE_ENV=production (set ORDER_SOURCE=http and ORDER_API_URL)' });
    }
    // Without authentication the fixture list, token minting and the bot's loopback posting must not face the network.
    const privateNetwork = env.PRIVATE_NETWORK_ONLY === true && env.NODE_ENV !== 'production';
    if (env.MicrosoftAppId === undefined && env.HOST !== undefined && !isLoopbackHost(env.HOST) && !privateNetwork) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message: `${JSON.stringify(env.HOST)} is not a loopback address: listening beyond this machine needs authentication on (set MicrosoftAppId), or PRIVATE_NETWORK_ONLY=true behind a reverse proxy outside production`,
      });
    }
    if (env.DIRECT_LINE_DEV === true && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['DIRECT_LINE_DEV'], message: 'the development Direct Line endpoint cannot run in production' });
    }
    // The dev endpoint hands turns to /api/messages without a Bot Framework token, which authentication would refuse.
    if (env.DIRECT_LINE_DEV === true && env.MicrosoftAppId !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DIRECT_LINE_DEV'],
        message: 'needs authentication off (no MicrosoftAppId); unset one of them',
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;
