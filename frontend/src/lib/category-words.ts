import { labelOf } from '@/lib/labels';
import { primaryNeeds, type PrimaryNeed } from '@/lib/primary-needs';

/** Categories stored as codes (the demo data's school phases) in the words people use. */
const categoryNames: Record<string, string> = {
  post_16: 'Post-16',
};

function isPrimaryNeed(category: string): category is PrimaryNeed {
  return primaryNeeds.some((need) => need.value === category);
}

/**
 * A category of a breakdown as people say it: a primary need by its name ("Autistic spectrum
 * disorder"), a code such as `post_16` in words ("Post-16"); a category already in words (as the
 * EES files give them) is left as it is.
 */
export function categoryLabel(breakdown: string, category: string): string {
  if (breakdown === 'primary_need' && isPrimaryNeed(category)) return labelOf(primaryNeeds, category);
  const named = categoryNames[category];
  if (named) return named;
  if (!/^[a-z0-9_]+$/.test(category)) return category;
  const words = category.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
