import { randomUUID } from 'node:crypto';
import { BrokenCircuitError, type IDefaultPolicyContext, type IPolicy } from 'cockatiel';
import type { z } from 'zod';
import { describeSchemaError } from '../domain/schema-error';
import type { LookupFailure, NotFound } from '../ports/lookup-result';
import { describeFetchError } from './describe-fetch-error';
import { OMS_MAX_BODY_BYTES, readCappedBody } from './oms-response-body';
import { HttpAnswer, omsResiliencePolicy, parseRetryAfter, TransportFailure, type OmsPolicyLogger, type OmsPolicyOptions } from './oms-resilience-policy';
import { requestFields } from '../observability/request-context';

/** The slice of a pino logger this client uses, so any pino instance (or a test double) fits. */
export type OmsLogger = OmsPolicyLogger;

export interface OmsHttpClientOptions extends OmsPolicyOptions {
  /** ORDER_API_URL; its path is kept (https://oms.example/api/v1 + /orders/1). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>` when present. */
  token?: string;
  logger?: OmsLogger;
  /** Larger bodies are abandoned mid-stream and reported as invalid_response (default OMS_MAX_BODY_BYTES). */
  maxBodyBytes?: number;
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
  /** The id of the customer's request this call serves, sent as X-Request-Id on every attempt; each attempt gets its own when absent. */
  requestId?: string;
}

/** Per-call context the adapters accept beyond their ports' arguments; callers that only know the port can leave it out. */
export type OmsCallContext = Pick<OmsRequest, 'correlationId' | 'requestId'>;

/** Who an exchange is for: the call's correlation id, and the customer's request id when there is one. */
type CallIds = { correlationId: string; requestId: string | undefined };

export type OmsGetResult<T> = { kind: 'found'; value: T } | NotFound | LookupFailure;

/** A check of a well-formed answer against what was asked (e.g. the order number): the reason it is a fault, or undefined when it fits. */
export type AnswerCheck<T> = (value: T) => string | undefined;

type AttemptRecord = { requestId: string; outcome: string };

export class OmsHttpClient {
  private readonly base: URL;
  private readonly logger: OmsLogger | undefined;
  private readonly policy: IPolicy<IDefaultPolicyContext>;

  constructor(private readonly options: OmsHttpClientOptions) {
    this.base = new URL(options.baseUrl);
    this.logger = options.logger;
    this.policy = omsResiliencePolicy(options, this.logger);
  }

  /**
   * GETs a JSON document and parses it with `schema`. Never throws: every
   * failure becomes `unavailable` or `invalid_response`; 404 is `not_found`.
   */
  async getJson<S extends z.ZodType>(
    request: OmsRequest,
    schema: S,
    check?: AnswerCheck<z.output<S>>,
  ): Promise<OmsGetResult<z.output<S>>> {
    const correlationId = request.correlationId ?? randomUUID();
    const ids: CallIds = { correlationId, requestId: request.requestId };
    const logged = { correlationId, ...requestFields(request) };
    const attempts: AttemptRecord[] = [];
    let where = request.path.join('/');
    try {
      const url = this.urlFor(request);
      if (url === undefined) {
        return { kind: 'unavailable', reason: `refusing to request a path with an empty, "." or ".." segment: /${where}` };
      }
      where = `${url.pathname}${url.search}`;
      const result = await this.fetchAndParse(url, ids, attempts, schema, check);
      if (result.kind === 'unavailable' || result.kind === 'invalid_response') {
        this.logger?.warn({ request: where, ...logged, reason: result.reason, attempts }, 'OMS lookup failed');
      } else if (attempts.length > 1) {
        this.logger?.info({ request: where, ...logged, attempts }, 'OMS lookup succeeded after retrying');
      }
      return result;
    } catch (error) {
      // Defensive: a bug here must still read as "OMS unavailable", never escape into the dialog.
      const reason = `unexpected error talking to the OMS: ${describeFetchError(error)}`;
      this.logger?.warn({ request: where, ...logged, reason, attempts }, 'OMS lookup failed');
      return { kind: 'unavailable', reason };
    }
  }

  private async fetchAndParse<S extends z.ZodType>(
    url: URL,
    ids: CallIds,
    attempts: AttemptRecord[],
    schema: S,
    check: AnswerCheck<z.output<S>> | undefined,
  ): Promise<OmsGetResult<z.output<S>>> {
    let answer: HttpAnswer;
    try {
      answer = await this.policy.execute(({ signal }) => this.attempt(url, ids, signal, attempts));
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        return { kind: 'unavailable', reason: 'OMS circuit is open after repeated failures; not called' };
      }
      if (error instanceof TransportFailure) {
        return { kind: 'unavailable', reason: `${error.message} (${countAttempts(attempts)})` };
      }
      throw error;
    }

    if (answer.refusal !== undefined) return { kind: answer.refusal.kind, reason: `${answer.refusal.reason} (${countAttempts(attempts)})` };
    if (answer.status === 404) return { kind: 'not_found' };
    if (answer.status < 200 || answer.status > 299) {
      return { kind: 'unavailable', reason: `OMS answered HTTP ${answer.status} (${countAttempts(attempts)})` };
    }
    let json: unknown;
    try {
      json = JSON.parse(answer.body);
    } catch (error) {
      return { kind: 'invalid_response', reason: `OMS body is not JSON: ${describeFetchError(error)}` };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      return { kind: 'invalid_response', reason: `OMS body breaks the contract: ${describeSchemaError(parsed.error)}` };
    }
    const fault = check?.(parsed.data);
    if (fault !== undefined) return { kind: 'invalid_response', reason: fault };
    return { kind: 'found', value: parsed.data };
  }

  /** One HTTP exchange. Each attempt gets its own X-Request-Id so OMS logs tell retries apart. */
  private async attempt(url: URL, ids: CallIds, signal: AbortSignal, attempts: AttemptRecord[]): Promise<HttpAnswer> {
    // The id of the customer's request when there is one, so the order system's logs and ours line up; retries keep it.
    const requestId = ids.requestId ?? randomUUID();
    const { correlationId } = ids;
    let phase: 'before the response' | 'while reading the body' = 'before the response';
    try {
      // Never followed: ORDER_API_URL is the one host trusted with the token and the customer's order.
      const response = await fetch(url, { headers: this.headersFor(requestId, correlationId), signal, redirect: 'manual' });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => undefined);
        attempts.push({ requestId, outcome: `HTTP ${response.status} (redirect, not followed)` });
        const reason = `OMS answered HTTP ${response.status}, a redirect${redirectTarget(response, url)}; redirects are not followed`;
        return new HttpAnswer(response.status, '', undefined, { kind: 'unavailable', reason });
      }
      if (!response.ok) {
        // Error bodies are never used; cancelling frees the connection without waiting for them.
        await response.body?.cancel().catch(() => undefined);
        attempts.push({ requestId, outcome: `HTTP ${response.status}` });
        return new HttpAnswer(response.status, '', parseRetryAfter(response.headers.get('retry-after')));
      }
      phase = 'while reading the body';
      const maxBytes = this.options.maxBodyBytes ?? OMS_MAX_BODY_BYTES;
      const body = await readCappedBody(response, maxBytes);
      if (body.kind === 'too_large') {
        attempts.push({ requestId, outcome: `HTTP ${response.status}, body over ${maxBytes} bytes (abandoned)` });
        const reason = `OMS body is over the ${maxBytes}-byte limit (abandoned at ${body.bytes} bytes)`;
        return new HttpAnswer(response.status, '', undefined, { kind: 'invalid_response', reason });
      }
      attempts.push({ requestId, outcome: `HTTP ${response.status}` });
      return new HttpAnswer(response.status, body.text, undefined);
    } catch (error) {
      const failure = signal.aborted
        ? new TransportFailure(`OMS gave no complete answer within ${this.options.timeoutMs} ms`)
        : new TransportFailure(`network error ${phase}: ${describeFetchError(error)}`);
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

/** Where a redirect pointed, by origin only (a path or query may carry anything). */
function redirectTarget(response: Response, from: URL): string {
  const location = response.headers.get('location');
  if (location === null) return '';
  try {
    return ` to ${new URL(location, from).origin}`;
  } catch {
    return ' to an unreadable location';
  }
}

function countAttempts(attempts: readonly AttemptRecord[]): string {
  return attempts.length === 1 ? '1 attempt' : `${attempts.length} attempts`;
}
