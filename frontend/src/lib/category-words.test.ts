import { describe, expect, it } from 'vitest';
import { categoryLabel } from '@/lib/category-words';

describe('a breakdown’s category in words', () => {
  it('names a primary need', () => {
    expect(categoryLabel('primary_need', 'ASD')).toBe('Autistic spectrum disorder');
  });

  it('turns a code into words', () => {
    expect(categoryLabel('phase', 'post_16')).toBe('Post-16');
    expect(categoryLabel('phase', 'secondary')).toBe('Secondary');
    expect(categoryLabel('phase', 'special_school')).toBe('Special school');
  });

  it('leaves a category already in words as it is', () => {
    expect(categoryLabel('setting', 'Further education and post-16')).toBe('Further education and post-16');
    expect(categoryLabel('primary_need', 'Autistic spectrum disorder')).toBe('Autistic spectrum disorder');
  });
});
