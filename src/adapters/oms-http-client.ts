import { randomUUID } from 'node:crypto';
import {
  BrokenCircuitError,
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
import type { z } from 'zod';
import { describeSchemaError } from '../domain/schema-error';
import type { LookupFailure, NotFound } from '../ports/lookup-result';

/** The slice of a pino logger this client uses, so any pino instance (or a test double) fits. */
export interface OmsLogger {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface OmsHttpClientOptions {
  /** ORDER_API_URL; its path is kept (https://oms.example/api/v1 + /orders/1). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>` when present. */
  token?: string;
  /** Per attempt, including reading the body. */
  timeoutMs: number;
  /** Retries after the first attempt; 0 means one attempt only. */
  maxRetries: number;
  backoff?: { initialDelayMs: number; maxDelayMs: number };
  /** Opens after `threshold` consecutive failed attempts; lets one trial call through after `halfOpenAfterMs`. */
  breaker?: { threshold: number; halfOpenAfterMs: number };
  /** Longest wait a Retry-After header may impose before the next attempt. */
  maxRetryAfterMs?: number;
  logger?: OmsLogger;
}

export interface OmsRequest {
  /** Raw path segments below the base URL; each is percent-encoded here. */
  path: readonly string[];
  query?: Record<string, string>;
  /**
   * Sent as X-Correlation-Id on every attempt of this call (e.g. the chat
   * activity id), so OMS logs can be joined with the bot's. Random when absent.
   */
  correlationId?: string;
}

/** Optional per-call context the adapters accept beyond their ports; callers that only know the port can ignore it. */
export type OmsCallContext = Pick<OmsRequest, 'correlationId'>;

export type OmsGetResult<T> = { kind: 'found'; value: T } | NotFound | LookupFailure;

export const OMS_CLIENT_DEFAULTS = {
  backoff: { initialDelayMs: 100, maxDelayMs: 1000 },
  breaker: { threshold: 5, halfOpenAfterMs: 10_000 },
  // A chat turn has roughly 15 s before the channel gives up; a hostile or
  // careless Retry-After must not spend it all.
  maxRetryAfterMs: 2000,
} as const;

/** 502/503/504 and 429 are typically a proxy, deploy or rate limit and pass; a 500 is usually this request's bug and repeats. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** A complete HTTP answer from one attempt (body read only for 2xx, the only bodies used). */
class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfterMs: number | undefined,
  ) {}
}

/** No complete answer in one attempt: timeout, refused or reset connection, body cut off. */
class TransportFailure extends Error {}

type AttemptRecord = { requestId: string; outcome: string };

export class OmsHttpClient {
  private readonly base: URL;
  private readonly logger: OmsLogger | undefined;
  private readonly policy: IPolicy<IDefaultPolicyContext>;

  constructor(private readonly options: OmsHttpClientOptions) {
    this.base = new URL(options.baseUrl);
    this.logger = options.logger;

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
      this.logger?.warn(
        { threshold: breakerOptions.threshold, halfOpenAfterMs: breakerOptions.halfOpenAfterMs },
        'OMS circuit opened: lookups fail fast until a trial call succeeds',
      ),
    );
    breakerPolicy.onHalfOpen(() => this.logger?.info({}, 'OMS circuit half-open: trying one call'));
    breakerPolicy.onReset(() => this.logger?.info({}, 'OMS circuit closed: OMS answering again'));

    // Cooperative: the attempt sees the abort itself, so it can tell a timeout from a reset.
    const attemptTimeout = timeout(options.timeoutMs, TimeoutStrategy.Cooperative);
    this.policy = wrap(retryPolicy, breakerPolicy, attemptTimeout);
  }

  /**
   * GETs a JSON document and parses it with `schema`. Never throws: every
   * failure becomes `unavailable` or `invalid_response`; 404 is `not_found`.
   */
  async getJson<S extends z.ZodType>(request: OmsRequest, schema: S): Promise<OmsGetResult<z.output<S>>> {
    const correlationId = request.correlationId ?? randomUUID();
    const attempts: AttemptRecord[] = [];
    let where = request.path.join('/');
    try {
      const url = this.urlFor(request);
      if (url === undefined) {
        return { kind: 'unavailable', reason: `refusing to request a path with an empty, "." or ".." segment: /${where}` };
      }
      where = `${url.pathname}${url.search}`;
      const result = await this.fetchAndParse(url, correlationId, attempts, schema);
      if (result.kind === 'unavailable' || result.kind === 'invalid_response') {
        this.logger?.warn({ request: where, correlationId, reason: result.reason, attempts }, 'OMS lookup failed');
      } else if (attempts.length > 1) {
        this.logger?.info({ request: where, correlationId, attempts }, 'OMS lookup succeeded after retrying');
      }
      return result;
    } catch (error) {
      // Defensive: a bug here must still read as "OMS unavailable", never escape into the dialog.
      const reason = `unexpected error talking to the OMS: ${describeError(error)}`;
      this.logger?.warn({ request: where, correlationId, reason, attempts }, 'OMS lookup failed');
      return { kind: 'unavailable', reason };
    }
  }

  private async fetchAndParse<S extends z.ZodType>(
    url: URL,
    correlationId: string,
    attempts: AttemptRecord[],
    schema: S,
  ): Promise<OmsGetResult<z.output<S>>> {
    let answer: HttpAnswer;
    try {
      answer = await this.policy.execute(({ signal }) => this.attempt(url, correlationId, signal, attempts));
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        return { kind: 'unavailable', reason: 'OMS circuit is open after repeated failures; not called' };
      }
      if (error instanceof TransportFailure) {
        return { kind: 'unavailable', reason: `${error.message} (${countAttempts(attempts)})` };
      }
      throw error;
    }

    if (answer.status === 404) return { kind: 'not_found' };
    if (answer.status < 200 || answer.status > 299) {
      return { kind: 'unavailable', reason: `OMS answered HTTP ${answer.status} (${countAttempts(attempts)})` };
    }
    let json: unknown;
    try {
      json = JSON.parse(answer.body);
    } catch (error) {
      return { kind: 'invalid_response', reason: `OMS body is not JSON: ${describeError(error)}` };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      return { kind: 'invalid_response', reason: `OMS body breaks the contract: ${describeSchemaError(parsed.error)}` };
    }
    return { kind: 'found', value: parsed.data };
  }

  /** One HTTP exchange. Each attempt gets its own X-Request-Id so OMS logs tell retries apart. */
  private async attempt(
    url: URL,
    correlationId: string,
    signal: AbortSignal,
    attempts: AttemptRecord[],
  ): Promise<HttpAnswer> {
    const requestId = randomUUID();
    let phase: 'before the response' | 'while reading the body' = 'before the response';
    try {
      const response = await fetch(url, { headers: this.headersFor(requestId, correlationId), signal });
      if (!response.ok) {
        // Error bodies are never used; cancelling frees the connection without waiting for them.
        await response.body?.cancel().catch(() => undefined);
        attempts.push({ requestId, outcome: `HTTP ${response.status}` });
        return new HttpAnswer(response.status, '', parseRetryAfter(response.headers.get('retry-after')));
      }
      phase = 'while reading the body';
      const body = await response.text();
      attempts.push({ requestId, outcome: `HTTP ${response.status}` });
      return new HttpAnswer(response.status, body, undefined);
    } catch (error) {
      const failure = signal.aborted
        ? new TransportFailure(`OMS gave no complete answer within ${this.options.timeoutMs} ms`)
        : new TransportFailure(`network error ${phase}: ${describeError(error)}`);
      attempts.push({ requestId, outcome: failure.message });
      throw failure;
    }
  }

  private headersFor(requestId: string, correlationId: string): Record<string, string> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'X-Request-Id': requestId,
      'X-Correlation-Id': correlationId,
    };
    if (this.options.token !== undefined) headers.Authorization = `Bearer ${this.options.token}`;
    return headers;
  }

  /** undefined for segments that URL parsing would collapse (and so reach a different resource). */
  private urlFor(request: OmsRequest): URL | undefined {
    // WHATWG URLs treat %2e as a dot too, so encoding cannot neutralise these.
    if (request.path.some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined;
    const url = new URL(this.base.href);
    url.pathname = `${this.base.pathname.replace(/\/+$/, '')}/${request.path.map(encodeURIComponent).join('/')}`;
    url.search = request.query === undefined ? '' : new URLSearchParams(request.query).toString();
    url.hash = '';
    return url;
  }
}

/** Delta-seconds only: the contract promises seconds, and HTTP dates would need the clock. */
function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return undefined;
  return Number(header.trim()) * 1000;
}

function retryAfterOf(result: FailureReason<unknown>): number | undefined {
  return 'value' in result && result.value instanceof HttpAnswer ? result.value.retryAfterMs : undefined;
}

function countAttempts(attempts: readonly AttemptRecord[]): string {
  return attempts.length === 1 ? '1 attempt' : `${attempts.length} attempts`;
}

/**
 * fetch hides the useful part (ECONNREFUSED, other side closed) in `cause`.
 * Checked by shape, not instanceof: fetch's errors may come from another realm (e.g. jest's sandbox).
 */
function describeError(error: unknown): string {
  const message = messageOf(error);
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
  if (cause === undefined || messageOf(cause) === undefined) return message ?? String(error);
  const code = typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? ` ${cause.code}` : '';
  return `${message ?? String(error)} (${messageOf(cause)}${code})`;
}

function messageOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string'
    ? value.message
    : undefined;
}
