/** Every use of "now" goes through this port, so tests and fixtures control time. */
export interface Clock {
  now(): Date;
}
