import { describe, expect, it } from 'vitest';
import { linkChanges, mergeLinks } from '@/lib/link-merge';

describe('mergeLinks', () => {
  it('keeps what the user added and removed, over what a colleague saved meanwhile', () => {
    // Opened with a and b; the user unticked a and ticked c; a colleague unlinked b and linked d.
    expect(mergeLinks(['a', 'b'], ['b', 'c'], ['a', 'd']).sort()).toEqual(['c', 'd']);
  });

  it('leaves the colleague\'s links as they are when the user changed nothing', () => {
    expect(mergeLinks(['a'], ['a'], ['b', 'c'])).toEqual(['b', 'c']);
  });

  it('counts a record both sides linked once', () => {
    expect(mergeLinks([], ['a'], ['a'])).toEqual(['a']);
  });
});

describe('linkChanges', () => {
  it('names what the colleague linked and unlinked', () => {
    expect(linkChanges(['a', 'b'], ['b', 'c'])).toEqual({ linked: ['c'], unlinked: ['a'] });
  });
});
