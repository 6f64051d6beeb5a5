import '@/features/benchmark/components/profile.css';
import { Link } from 'react-router-dom';
import { Table, type TableColumn } from '@/components/govuk/table';
import { ComparisonCell } from '@/features/benchmark/components/comparison-cell';
import { SpineChart } from '@/features/benchmark/components/spine-chart';
import { StandingCell } from '@/features/benchmark/components/standing-cell';
import { TrendCell } from '@/features/benchmark/components/trend-cell';
import type { AreaProfile, Benchmark } from '@/features/benchmark/types';
import { categoryWords, comparatorOf, notComparedNotes, roleNames, rolesIn, type HeadlineRole } from '@/features/benchmark/utils/comparisons';
import { formatFigure } from '@/lib/indicator-values';
import { indicatorsPath } from '@/lib/paths';

type Place = AreaProfile['place'];

/** The explorer's comparators for a place: a local authority's England, region and neighbours; a region's England. */
function explorerComparators(place: Place): string[] {
  if (place.level === 'local_authority') return ['england', 'region', 'neighbours'];
  return place.level === 'region' ? ['england'] : [];
}

/** The indicator (and category), opening it in the explorer for the place; its period; why comparators were not compared. */
function IndicatorCell({ row, roles }: { row: Benchmark; roles: HeadlineRole[] }) {
  const category = categoryWords(row);
  const to = indicatorsPath({
    indicator: row.indicator.code,
    areas: [row.place.code],
    breakdown: row.breakdown,
    category: row.category,
    compare: explorerComparators(row.place),
  });
  return (
    <>
      <Link className="govuk-link" to={to}>
        {row.indicator.name}
      </Link>
      {category && <span className="sendhub-block govuk-!-font-weight-regular">{category}</span>}
      <span className="sendhub-block govuk-hint govuk-!-font-size-16 govuk-!-margin-0">{row.period}</span>
      {notComparedNotes(row, roles).map((note) => (
        <span key={note} className="sendhub-block govuk-hint govuk-!-font-size-16 govuk-!-margin-0">
          {note}
        </span>
      ))}
    </>
  );
}

/**
 * The profile as Fingertips shows it, one row per indicator (or category): the place's value,
 * each comparator's with how the place compares, the place's rank among local authorities, the
 * recent trend and the spine. Below a desktop's width each row stacks into a block.
 */
export function ProfileTable({ profile, rows, caption }: { profile: AreaProfile; rows: Benchmark[]; caption: string }) {
  const roles = rolesIn(profile.rows);
  const ranked = profile.place.level === 'local_authority';
  const names = roles.map((role) => roleNames(profile.rows, role));
  const head: TableColumn[] = [
    { text: 'Indicator' },
    { text: profile.place.name, numeric: true },
    ...names.map(({ heading }) => ({ text: heading, numeric: true })),
    ...(ranked ? [{ text: 'Rank among local authorities' }] : []),
    { text: 'Recent trend' },
    { text: 'Spread of local authorities' },
  ];
  return (
    <div className="sendhub-profile">
      <Table
        caption={caption}
        captionSize="s"
        head={head}
        rowHeader
        stacked
        rows={rows.map((row) => ({
          key: `${row.indicator.code}/${row.breakdown}/${row.category}`,
          cells: [
            <IndicatorCell key="indicator" row={row} roles={roles} />,
            <strong key="value">{formatFigure(row.value, row.indicator.unit)}</strong>,
            ...roles.map((role, index) => (
              <ComparisonCell key={role} comparator={comparatorOf(row, role)} name={names[index].inSentence} unit={row.indicator.unit} />
            )),
            ...(ranked ? [<StandingCell key="standing" standing={row.localAuthorities} />] : []),
            <TrendCell key="trend" trend={row.trend} />,
            <SpineChart key="spine" row={row} />,
          ],
        }))}
      />
    </div>
  );
}
