import { confidenceLevels, type ConfidenceLevel } from '@/features/benchmark/types';

/** What the profile shows, kept in the page's address so that a view can be bookmarked and shared. */
export type ProfileChoices = { confidence: ConfidenceLevel; worseAndWorsening: boolean };

const worseAndWorsening = 'worse-and-worsening';

export function choicesFrom(params: URLSearchParams): ProfileChoices {
  const confidence = confidenceLevels.find((level) => String(level) === params.get('confidence')) ?? 95;
  return { confidence, worseAndWorsening: params.get('only') === worseAndWorsening };
}

/** The page's query: the defaults (95%, every indicator) left out, so the address stays short. */
export function toProfileParams(choices: ProfileChoices): URLSearchParams {
  const params = new URLSearchParams();
  if (choices.confidence !== 95) params.set('confidence', String(choices.confidence));
  if (choices.worseAndWorsening) params.set('only', worseAndWorsening);
  return params;
}
