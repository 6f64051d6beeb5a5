import { useState } from 'react';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { usePlace, usePlaces } from '@/features/geography/api/get-place';
import { PlaceFinder, usePlaceFinder } from '@/features/geography/components/place-finder';
import type { Place } from '@/features/geography/types';
import { closenessLabels } from '@/features/geography/utils/place-labels';
import type { PlaceChoice } from '@/features/indicator/components/explorer-controls';
import type { Comparator } from '@/features/indicator/types';
import { englandCode } from '@/lib/geography';

type Named = { code: string; name: string };

function comparatorItems(first: Place): { value: Comparator; label: string; hint?: string }[] {
  return [
    ...(first.code === englandCode ? [] : [{ value: 'england' as const, label: 'England' }]),
    ...(first.region ? [{ value: 'region' as const, label: `${first.region.name}, its region` }] : []),
    ...(first.neighbours.length > 0
      ? [
          {
            value: 'neighbours' as const,
            label: `Its ${first.neighbours.length} statistical neighbours, as their mean`,
            hint: `DfE's list, nearest first: ${first.neighbours.map((neighbour) => `${neighbour.name} (${closenessLabels[neighbour.closeness]})`).join(', ')}. The line is the mean of those with a figure for each period.`,
          },
        ]
      : []),
  ];
}

/**
 * The explorer's places: the user's own areas and any place of England's geography found by name,
 * as checkboxes (each place once: one the last search found is among its results), then the
 * comparators of the first place: England, its region and its statistical neighbours' mean.
 * `showCodes` gives each place found its GSS code (for analysts).
 */
export function ExplorerPlaces({
  yourAreas,
  showCodes,
  choice,
  onChange,
}: {
  yourAreas: Named[];
  showCodes: boolean;
  choice: PlaceChoice;
  onChange: (choice: PlaceChoice) => void;
}) {
  const finder = usePlaceFinder();
  const [found, setFound] = useState<Named[]>([]);
  const others = choice.areas.filter((code) => !yourAreas.some((area) => area.code === code));
  const read = usePlaces(others.filter((code) => !found.some((place) => place.code === code)));
  const nameOf = (code: string) =>
    yourAreas.find((area) => area.code === code)?.name ??
    found.find((place) => place.code === code)?.name ??
    read.find((query) => query.data?.code === code)?.data?.name ??
    code;
  const first = usePlace(choice.areas[0]);

  const inResults = new Set(finder.results.map((place) => place.code));
  const listed = [...yourAreas.map((area) => area.code), ...others].filter((code) => !inResults.has(code));
  const setAreas = (areas: string[]) => onChange({ ...choice, areas });

  return (
    <>
      <Checkboxes
        id="area"
        legend="Places"
        hint="Your areas and the places you have found. The first is compared with the others; each is a line in the trend and a bar in the comparison."
        small
        none="No places yet: find one below."
        items={listed.map((code) => ({ value: code, label: nameOf(code) }))}
        values={choice.areas}
        onChange={setAreas}
      />
      <PlaceFinder
        id="place"
        finder={finder}
        label="Find another place"
        hint={showCodes ? 'England, a region or a local authority: part of its name, or its code' : 'England, a region or a local authority: part of its name'}
        showCodes={showCodes}
        multiple
        chosen={choice.areas}
        onChoose={(areas, results) => {
          setFound((known) => [...known.filter((place) => !results.some((result) => result.code === place.code)), ...results]);
          setAreas(areas);
        }}
      />
      {first.data ? (
        <Checkboxes
          id="compare"
          legend={`Compare ${first.data.name} with`}
          hint="Each is a line in the trend and a bar in the comparison"
          small
          none={`There is nothing to compare ${first.data.name} with.`}
          items={comparatorItems(first.data)}
          values={choice.compare}
          onChange={(compare) => onChange({ ...choice, compare: compare as Comparator[] })}
        />
      ) : (
        choice.areas.length > 0 && first.isPending && (
          <p className="govuk-body" role="status">
            Loading the places to compare with…
          </p>
        )
      )}
    </>
  );
}
