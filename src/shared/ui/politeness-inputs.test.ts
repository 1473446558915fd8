import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS, SCHEDULER_SETTING_LIMITS } from '../checker/scheduler-settings';
import { POLITENESS_INPUTS, shownBound, shownValue, typedValue, type PolitenessInput } from './politeness-inputs';

const input = (key: PolitenessInput['key']): PolitenessInput => {
  const found = POLITENESS_INPUTS.find((i) => i.key === key);
  if (found === undefined) throw new Error(key);
  return found;
};

describe('the politeness boxes', () => {
  it('are one per scheduler setting, each once, in the order the page shows them', () => {
    expect(POLITENESS_INPUTS.map((i) => i.key)).toEqual(['perHost', 'global', 'delayMs', 'timeoutMs', 'maxConsecutiveFailures']);
    expect(new Set(POLITENESS_INPUTS.map((i) => i.key))).toEqual(new Set(Object.keys(SCHEDULER_SETTING_LIMITS)));
  });
  it('show the scheduler’s own bounds, the timeout in seconds', () => {
    expect([shownBound(input('perHost'), 0), shownBound(input('perHost'), 1)]).toEqual([1, 6]);
    expect([shownBound(input('delayMs'), 0), shownBound(input('delayMs'), 1)]).toEqual([0, 60_000]);
    expect([shownBound(input('timeoutMs'), 0), shownBound(input('timeoutMs'), 1)]).toEqual([1, 120]);
    expect(input('timeoutMs').unit).toBe('s');
    expect(input('delayMs').unit).toBe('ms');
  });
  it('show the value kept, the timeout in seconds', () => {
    expect(shownValue(input('timeoutMs'), DEFAULT_SCHEDULER_SETTINGS)).toBe('15');
    expect(shownValue(input('delayMs'), DEFAULT_SCHEDULER_SETTINGS)).toBe('250');
    expect(shownValue(input('perHost'), { ...DEFAULT_SCHEDULER_SETTINGS, perHost: 1 })).toBe('1');
  });
  it('read a typed number in the unit kept', () => {
    expect(typedValue(input('timeoutMs'), '3')).toBe(3_000);
    expect(typedValue(input('timeoutMs'), '1.5')).toBe(1_500);
    expect(typedValue(input('delayMs'), '400')).toBe(400);
    expect(typedValue(input('perHost'), ' 1 ')).toBe(1);
  });
  it('read no value yet from a box being cleared or a text that is no number, so it is not saved as zero', () => {
    for (const text of ['', ' ', '-', 'e', 'abc', 'Infinity']) expect(typedValue(input('perHost'), text), JSON.stringify(text)).toBeUndefined();
    // Out of bounds is still a value: the store clamps it, so the box shows the bound once left.
    expect(typedValue(input('perHost'), '0')).toBe(0);
  });
});
