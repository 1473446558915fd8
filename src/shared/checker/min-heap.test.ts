import { describe, expect, it } from 'vitest';
import { MinHeap } from './min-heap';

describe('MinHeap', () => {
  it('pops in order, whatever the order of pushes', () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    for (const v of values) heap.push(v);
    expect(heap.size).toBe(1000);
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop()!);
    expect(out).toEqual([...values].sort((a, b) => a - b));
    expect(heap.pop()).toBeUndefined();
    expect(heap.peek()).toBeUndefined();
  });

  it('keeps the insertion order of equal keys when the comparison breaks ties by sequence', () => {
    const heap = new MinHeap<{ at: number; seq: number }>((a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq));
    [3, 1, 2].forEach((seq) => heap.push({ at: 0, seq }));
    expect([heap.pop()?.seq, heap.pop()?.seq, heap.pop()?.seq]).toEqual([1, 2, 3]);
  });
});
