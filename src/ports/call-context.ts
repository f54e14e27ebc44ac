/** What a port call may know about the request it serves, beyond its arguments; adapters that have no use for it ignore it. */
export interface CallContext {
  /** Sent to the order system as X-Request-Id and written on the log lines, so its logs and ours line up. */
  readonly requestId?: string;
}
