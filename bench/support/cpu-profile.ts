import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

/** One node of a V8 CPU profile (the parts read here). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/**
 * Records a CPU profile of this process while `work` runs (V8's sampling profiler through node:inspector, every
 * 100 µs), writes it to `file` (open it in Chrome DevTools or speedscope) and returns the self time per package
 * and per function, so that a benchmark can print where its time went.
 */
export async function profileCpu(file: string, work: () => Promise<unknown>): Promise<{ byPackage: SelfTime[]; byFunction: SelfTime[] }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    // A failure of `work` is the caller's to see: the profiler is stopped either way, the profile kept only on success.
    const outcome = await work().then(
      () => null,
      (error: unknown) => ({ error }),
    );
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    if (outcome) throw outcome.error;
    fs.writeFileSync(file, JSON.stringify(profile));
    return selfTimes(profile);
  } finally {
    session.disconnect();
  }
}

/** Self time (samples × their intervals) per package (node_modules/<name>, our code, node internals) and per function. */
function selfTimes(profile: Profile): { byPackage: SelfTime[]; byFunction: SelfTime[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const perPackage = new Map<string, number>();
  const perFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
    perFunction.set(fn, (perFunction.get(fn) ?? 0) + us);
  });
  const rank = (map: Map<string, number>) =>
    [...map].map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 })).sort((a, b) => b.ms - a.ms);
  return { byPackage: rank(perPackage), byFunction: rank(perFunction) };
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node internals';
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? `jiebang ${url.slice(dist + 6).split('/').slice(0, 3).join('/')}` : url;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 6) : url;
}
