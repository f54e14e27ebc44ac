import Redis from 'ioredis';
import { REDIS_KEY_PREFIX } from '../src/composition/shared-state';
import { benchConversationPrefix } from './first-message-load';

/**
 * The Redis bot of the side-by-side run saves every benchmark conversation
 * (and its ledger entry) under the production prefix, where they would stay
 * for a day; this deletes exactly those, found by this run's conversation ids.
 */
export async function forgetBenchConversations(redisUrl: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true });
  await redis.connect();
  let deleted = 0;
  try {
    const stream = redis.scanStream({ match: `${REDIS_KEY_PREFIX}*${benchConversationPrefix()}*`, count: 1000 });
    for await (const keys of stream) {
      const batch = keys as string[];
      if (batch.length > 0) deleted += await redis.unlink(...batch);
    }
  } finally {
    await redis.quit();
  }
  return deleted;
}
