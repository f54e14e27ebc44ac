/** A dependency the instance cannot serve customers without (PostgreSQL, Redis). */
export interface ReadinessCheck {
  name: string;
  check(): Promise<unknown>;
}

export interface ReadinessReport {
  ready: boolean;
  stopping: boolean;
  checks: Record<string, 'up' | 'down'>;
}

/** A slow dependency counts as down: the load balancer must not wait on it. */
const CHECK_TIMEOUT_MS = 2_000;

function withinTimeout(check: ReadinessCheck): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
    check.check().then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/** What /readyz reports: every configured store reachable, and the instance not shutting down. */
export class Readiness {
  private stopping = false;

  constructor(private readonly checks: readonly ReadinessCheck[] = []) {}

  /** From SIGTERM on, the load balancer is told to send new conversations elsewhere while in-flight turns finish. */
  markStopping(): void {
    this.stopping = true;
  }

  async report(): Promise<ReadinessReport> {
    const results = await Promise.all(this.checks.map(async (c) => [c.name, (await withinTimeout(c)) ? 'up' : 'down'] as const));
    const checks = Object.fromEntries(results);
    return { ready: !this.stopping && results.every(([, state]) => state === 'up'), stopping: this.stopping, checks };
  }
}
