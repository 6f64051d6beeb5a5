import { describe, expect, it } from 'vitest';
import { categoryChoiceLabel, figureLabel } from '@/lib/indicator-choices';

describe('a category as pickers and measures name it', () => {
  it('names a primary need as people say it, with its short name', () => {
    expect(categoryChoiceLabel('primary_need', 'ASD')).toBe('Autistic spectrum disorder (ASD)');
  });

  it('puts a coded category in words, as every other page does', () => {
    expect(categoryChoiceLabel('phase', 'post_16')).toBe('Post-16');
    expect(figureLabel('phase', 'post_16')).toBe('School phase: Post-16');
  });

  it('leaves a category already in words, and the headline figure unnamed', () => {
    expect(categoryChoiceLabel('setting', 'Mainstream school')).toBe('Mainstream school');
    expect(figureLabel('total', 'total')).toBeUndefined();
  });
});
