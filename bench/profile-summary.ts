import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Self time per function and per package of a .cpuprofile: `node dist/bench/profile-summary.js <file>`. */
const ProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
});

function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match?.[1]) return match[1];
  if (url.includes('/dist/')) return `ours:${url.split('/dist/')[1]?.split('/').slice(0, 2).join('/') ?? ''}`;
  return url === '' ? '(native/gc/idle)' : url.startsWith('node:') ? 'node' : url;
}

const file = process.argv[2];
if (!file) throw new Error('usage: profile-summary <file.cpuprofile>');
const profile = ProfileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfByFunction = new Map<string, number>();
const selfByPackage = new Map<string, number>();
let busy = 0;
for (const id of profile.samples) {
  const node = byId.get(id);
  if (!node) continue;
  const name = node.callFrame.functionName || '(anonymous)';
  if (name === '(idle)' || name === '(program)') continue;
  busy += 1;
  const key = `${name} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber}`;
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + 1);
  const pkg = name === '(garbage collector)' ? '(gc)' : packageOf(node.callFrame.url);
  selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + 1);
}
// Inclusive time of the functions named after the file (e.g. runSupportTurn sendActivities), counted once per sample.
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const wanted = process.argv.slice(3);
const inclusive = new Map<string, number>(wanted.map((name) => [name, 0]));
for (const id of profile.samples) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const name = byId.get(at)?.callFrame.functionName ?? '';
    if (inclusive.has(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    }
  }
}
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`);
if (wanted.length > 0) console.log(`-- inclusive --\n${top(inclusive, wanted.length).join('\n')}`);
console.log(`busy samples: ${busy}\n-- by package --\n${top(selfByPackage, 25).join('\n')}\n-- by function --\n${top(selfByFunction, 40).join('\n')}`);
