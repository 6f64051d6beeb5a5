import { useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { usePlaceSearch } from '@/features/geography/api/get-places';
import type { PlaceLevel, PlaceSummary } from '@/features/geography/types';
import { placeHint } from '@/features/geography/utils/place-labels';
import { countOf } from '@/lib/format';

/** The control an error about the choice belongs on: the results when there are any, else the search box. */
export function placeFinderControl(id: string, finder: PlaceFinderState): string {
  return finder.results.length > 0 ? id : `${id}-search`;
}

/** The words typed, and the search last asked for (the results stay until the next search). */
export function usePlaceFinder(level?: PlaceLevel) {
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');
  const results = usePlaceSearch({ q: searched, level });
  return {
    text,
    setText,
    searched,
    search: () => setSearched(text.trim()),
    results: searched === '' ? [] : (results.data?.items ?? []),
    total: results.data?.total ?? 0,
    isFetching: results.isFetching,
    error: results.error,
  };
}

export type PlaceFinderState = ReturnType<typeof usePlaceFinder>;

function statusOf(finder: PlaceFinderState, noun: string, plural: string): string {
  const { searched, results, total, isFetching, error } = finder;
  if (searched === '') return '';
  if (isFetching) return 'Searching…';
  if (error) return `The search failed: ${error.message}`;
  if (total === 0) return `No ${noun} matches “${searched}”. Try part of its name, or its code.`;
  if (total > results.length) return `The first ${results.length} of ${countOf(total, noun, plural)} matching “${searched}”: type more of the name to narrow it down.`;
  return `${countOf(total, noun, plural)} ${total === 1 ? 'matches' : 'match'} “${searched}”`;
}

type Choice =
  | { multiple: true; chosen: string[]; onChoose: (codes: string[], results: PlaceSummary[]) => void }
  | { multiple: false; chosen: string; onChoose: (code: string, results: PlaceSummary[]) => void };

/**
 * A place found by name: a text box and a search button (Enter searches too, without sending the
 * form around it), what the search found said in a live region, and the results as checkboxes or
 * radios, each with its kind, region and (with `showCodes`) GSS code.
 */
export function PlaceFinder({
  id,
  finder,
  label,
  hint,
  noun = 'place',
  plural = `${noun}s`,
  error,
  showCodes = true,
  ...choice
}: Choice & {
  id: string;
  finder: PlaceFinderState;
  label: string;
  hint: string;
  /** What the places are called in the messages: "place", "local authority". */
  noun?: string;
  plural?: string;
  error?: string;
  /** Each place's GSS code in its hint: for those who work with codes (analysts, administrators). */
  showCodes?: boolean;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finder.search();
    }
  };
  const items = finder.results.map((place) => ({ value: place.code, label: place.name, hint: placeHint(place, showCodes) }));
  const legend = `Results for “${finder.searched}”`;
  return (
    <div className="sendhub-place-finder">
      <Input
        id={`${id}-search`}
        label={label}
        hint={hint}
        error={items.length === 0 ? error : undefined}
        value={finder.text}
        onChange={finder.setText}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoComplete="off"
        width="20"
      />
      <Button variant="secondary" onClick={finder.search}>
        Search
      </Button>
      <p className="govuk-body" role="status">
        {statusOf(finder, noun, plural)}
      </p>
      {items.length > 0 &&
        (choice.multiple ? (
          <Checkboxes
            id={id}
            legend={legend}
            small
            error={error}
            items={items}
            values={choice.chosen}
            onChange={(codes) => choice.onChoose(codes, finder.results)}
          />
        ) : (
          <Radios id={id} legend={legend} error={error} items={items} value={choice.chosen} onChange={(code) => choice.onChoose(code, finder.results)} />
        ))}
    </div>
  );
}
