import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync('/tmp/checker.cpuprofile', 'utf8'));
const byId = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfT = new Map<number, number>();
p.samples.forEach((id: number, i: number) => selfT.set(id, (selfT.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const incl = new Map<string, number>();
for (const [id, t] of selfT) {
  const seen = new Set<string>();
  let cur: number | undefined = id;
  while (cur !== undefined) {
    const n = byId.get(cur);
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); }
    cur = parent.get(cur);
  }
}
for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(t / 1000).toFixed(0).padStart(6)} ms ${k}`);
