import { describe, expect, it } from 'vitest';
import { choicesFrom, toProfileParams } from '@/features/benchmark/utils/profile-choices';

describe('the profile choices in the address', () => {
  it('are 95% and every indicator unless the address says otherwise', () => {
    expect(choicesFrom(new URLSearchParams())).toEqual({ confidence: 95, worseAndWorsening: false });
    expect(choicesFrom(new URLSearchParams('confidence=99.8&only=worse-and-worsening'))).toEqual({ confidence: 99.8, worseAndWorsening: true });
  });

  it('ignore a level the API does not compare at', () => {
    expect(choicesFrom(new URLSearchParams('confidence=90')).confidence).toBe(95);
  });

  it('leave the defaults out of the address, and read back what they write', () => {
    expect(toProfileParams({ confidence: 95, worseAndWorsening: false }).toString()).toBe('');
    const written = toProfileParams({ confidence: 99.8, worseAndWorsening: true });
    expect(written.toString()).toBe('confidence=99.8&only=worse-and-worsening');
    expect(choicesFrom(written)).toEqual({ confidence: 99.8, worseAndWorsening: true });
  });
});
