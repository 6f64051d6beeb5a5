import { Link } from 'react-router-dom';
import { ArchivedTag } from '@/components/archived-tag';
import { Table, type TableSort } from '@/components/govuk/table';
import { Tag } from '@/components/govuk/tag';
import type { Indicator } from '@/features/indicator/types';
import { breakdownLabel } from '@/features/indicator/utils/series';
import { polarityLabels, unitLabels } from '@/lib/indicator-values';
import { indicatorPath } from '@/lib/paths';

export function CatalogueTable({ indicators, sort }: { indicators: Indicator[]; sort: TableSort }) {
  return (
    <Table
      caption="Indicator catalogue"
      captionHidden
      scrollable
      sort={sort}
      head={[{ text: 'Code', sortKey: 'code' }, { text: 'Name', sortKey: 'name' }, { text: 'Unit' }, { text: 'Polarity' }, { text: 'Breakdowns' }]}
      rows={indicators.map((indicator) => ({
        key: indicator.code,
        cells: [
          <code className="sendhub-code">{indicator.code}</code>,
          <>
            <Link className="govuk-link" to={indicatorPath(indicator.code)}>
              {indicator.name}
            </Link>
            {indicator.published && (
              <>
                {' '}
                <Tag colour="blue">Published statistic</Tag>
              </>
            )}
            {indicator.archived && (
              <>
                {' '}
                <ArchivedTag />
              </>
            )}
          </>,
          unitLabels[indicator.unit],
          polarityLabels[indicator.polarity],
          indicator.breakdowns.length === 0 ? 'None' : indicator.breakdowns.map(breakdownLabel).join(', '),
        ],
      }))}
    />
  );
}
