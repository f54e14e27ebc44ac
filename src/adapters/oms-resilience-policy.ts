import {
  ConsecutiveBreaker,
  DelegateBackoff,
  ExponentialBackoff,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  wrap,
  type FailureReason,
  type IBackoff,
  type IDefaultPolicyContext,
  type IPolicy,
  type IRetryBackoffContext,
} from 'cockatiel';

/** What the policy needs to know about the order system client's settings (see OmsHttpClientOptions). */
export interface OmsPolicyOptions {
  /** Per attempt, including reading the body. */
  timeoutMs: number;
  /** Retries after the first attempt; 0 means one attempt only. */
  maxRetries: number;
  backoff?: { initialDelayMs: number; maxDelayMs: number };
  /** Opens after `threshold` consecutive failed attempts; lets one trial call through after `halfOpenAfterMs`. */
  breaker?: { threshold: number; halfOpenAfterMs: number };
  /** Longest wait a Retry-After header may impose before the next attempt. */
  maxRetryAfterMs?: number;
}

export interface OmsPolicyLogger {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

export const OMS_CLIENT_DEFAULTS = {
  backoff: { initialDelayMs: 100, maxDelayMs: 1000 },
  breaker: { threshold: 5, halfOpenAfterMs: 10_000 },
  // A chat turn has roughly 15 s before the channel gives up; a hostile or
  // careless Retry-After must not spend it all.
  maxRetryAfterMs: 2000,
} as const;

/** 502/503/504 and 429 are typically a proxy, deploy or rate limit and pass; a 500 is usually this request's bug and repeats. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Why an answer cannot be used whatever its status (a redirect, an oversized body): a fault of the order system, not worth retrying. */
export interface AnswerRefusal {
  kind: 'unavailable' | 'invalid_response';
  reason: string;
}

/** A complete HTTP answer from one attempt (body read only for 2xx, the only bodies used). */
export class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfterMs: number | undefined,
    readonly refusal?: AnswerRefusal,
  ) {}
}

/** No complete answer in one attempt: timeout, refused or reset connection, body cut off. */
export class TransportFailure extends Error {}

/**
 * How every call to the order system is made: a timeout per attempt, bounded
 * retries with backoff (honouring a capped Retry-After) on transient
 * failures, and a circuit breaker so a broken order system gets a rest.
 */
export function omsResiliencePolicy(options: OmsPolicyOptions, logger: OmsPolicyLogger | undefined): IPolicy<IDefaultPolicyContext> {
  const backoffOptions = options.backoff ?? OMS_CLIENT_DEFAULTS.backoff;
  const breakerOptions = options.breaker ?? OMS_CLIENT_DEFAULTS.breaker;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? OMS_CLIENT_DEFAULTS.maxRetryAfterMs;

  const isTransportFailure = (error: Error): boolean => error instanceof TransportFailure;
  const exponential = new ExponentialBackoff({
    initialDelay: backoffOptions.initialDelayMs,
    maxDelay: backoffOptions.maxDelayMs,
  });
  const retryPolicy = retry(
    handleWhen(isTransportFailure).orResultType(HttpAnswer, (answer) => RETRYABLE_STATUSES.has(answer.status)),
    {
      maxAttempts: options.maxRetries,
      backoff: new DelegateBackoff<IRetryBackoffContext<unknown>, IBackoff<unknown>>((context, previous) => {
        const step = previous ? previous.next(context) : exponential.next();
        const asked = retryAfterOf(context.result);
        return { delay: asked === undefined ? step.duration : Math.min(asked, maxRetryAfterMs), state: step };
      }),
    },
  );
  // Any 5xx counts against the breaker, even the ones not worth retrying:
  // a run of 500s means the OMS is broken and should get a rest.
  const breakerPolicy = circuitBreaker(
    handleWhen(isTransportFailure).orResultType(HttpAnswer, (answer) => answer.status >= 500 || answer.status === 429),
    { halfOpenAfter: breakerOptions.halfOpenAfterMs, breaker: new ConsecutiveBreaker(breakerOptions.threshold) },
  );
  breakerPolicy.onBreak(() =>
    logger?.warn(
      { threshold: breakerOptions.threshold, halfOpenAfterMs: breakerOptions.halfOpenAfterMs },
      'OMS circuit opened: lookups fail fast until a trial call succeeds',
    ),
  );
  breakerPolicy.onHalfOpen(() => logger?.info({}, 'OMS circuit half-open: trying one call'));
  breakerPolicy.onReset(() => logger?.info({}, 'OMS circuit closed: OMS answering again'));

  // Cooperative: the attempt sees the abort itself, so it can tell a timeout from a reset.
  const attemptTimeout = timeout(options.timeoutMs, TimeoutStrategy.Cooperative);
  return wrap(retryPolicy, breakerPolicy, attemptTimeout);
}

/** Delta-seconds only: the contract promises seconds, and HTTP dates would need the clock. */
export function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return undefined;
  return Number(header.trim()) * 1000;
}

function retryAfterOf(result: FailureReason<unknown>): number | undefined {
  return 'value' in result && result.value instanceof HttpAnswer ? result.value.retryAfterMs : undefined;
}

