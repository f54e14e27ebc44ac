import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Self time per function and per package of a .cpuprofile:
 * `node dist/bench/profile-summary.js <file> [--skip=<seconds>] [function names...]`.
 * `--skip` leaves out the first seconds (start-up: module loading, NLU training), so what
 * remains is the turns under load. Node's own and native frames are also charged to the
 * nearest package frame above them ("charged"), which shows who asked for the HTTP, buffers and GC.
 */
const ProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match?.[1]) return match[1];
  if (url.includes('/dist/')) return `ours:${url.split('/dist/')[1]?.split('/').slice(0, 2).join('/') ?? ''}`;
  return url === '' ? '(native/gc/idle)' : url.startsWith('node:') ? 'node' : url;
}

const isInternal = (pkg: string) => pkg === 'node' || pkg === '(native/gc/idle)';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [--skip=<seconds>] [function names]');
const skipMs = 1000 * Number(args.find((a) => a.startsWith('--skip='))?.slice('--skip='.length) ?? '0');
const wanted = args.filter((a) => a !== file && !a.startsWith('--'));
const profile = ProfileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const selfByFunction = new Map<string, number>();
const selfByPackage = new Map<string, number>();
const chargedByPackage = new Map<string, number>();
const inclusive = new Map<string, number>(wanted.map((name) => [name, 0]));
const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
let busy = 0;
let elapsedUs = 0;
profile.samples.forEach((id, i) => {
  elapsedUs += profile.timeDeltas[i] ?? 0;
  if (elapsedUs < skipMs * 1000) return;
  const node = byId.get(id);
  if (!node) return;
  const name = node.callFrame.functionName || '(anonymous)';
  if (name === '(idle)' || name === '(program)') return;
  busy += 1;
  add(selfByFunction, `${name} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber}`);
  const pkg = name === '(garbage collector)' ? '(gc)' : packageOf(node.callFrame.url);
  add(selfByPackage, pkg);
  let charged = pkg;
  for (let at = parentOf.get(id); isInternal(charged) && at !== undefined; at = parentOf.get(at)) {
    const url = byId.get(at)?.callFrame.url ?? '';
    if (url !== '') charged = packageOf(url);
  }
  add(chargedByPackage, pkg === '(gc)' ? '(gc)' : charged);
  // Inclusive time of the functions named on the command line (e.g. runSupportTurn sendActivities), counted once per sample.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frameName = byId.get(at)?.callFrame.functionName ?? '';
    if (inclusive.has(frameName) && !seen.has(frameName)) {
      seen.add(frameName);
      add(inclusive, frameName);
    }
  }
});
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`);
if (wanted.length > 0) console.log(`-- inclusive --\n${top(inclusive, wanted.length).join('\n')}`);
console.log(`busy samples: ${busy}${skipMs > 0 ? ` (first ${skipMs / 1000} s skipped)` : ''}`);
console.log(`-- by package (self) --\n${top(selfByPackage, 25).join('\n')}`);
console.log(`-- by package (node and native charged to the nearest package frame) --\n${top(chargedByPackage, 25).join('\n')}`);
console.log(`-- by function --\n${top(selfByFunction, 40).join('\n')}`);
