import { Table } from '@/components/govuk/table';
import type { NeedGap } from '@/features/insight/types';
import { countOf, formatMoney } from '@/lib/format';
import { formatFigureOf } from '@/lib/indicator-values';
import { needLabel } from '@/lib/primary-needs';

const figure = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function annualValue(gap: NeedGap): string {
  if (gap.services === 0) return 'No services';
  if (gap.servicesWithoutValue === gap.services) return 'Not recorded';
  const missing = gap.servicesWithoutValue === 0 ? '' : ` (${countOf(gap.servicesWithoutValue, 'service')} not recorded)`;
  return `${formatMoney(gap.totalAnnualValue)}${missing}`;
}

/** Every primary need against the live services that serve it, in the API's rank: fast growth and thin provision first. */
export function GapTable({ needs, caption }: { needs: NeedGap[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionHidden
      stacked
      head={[
        { text: 'Rank', numeric: true },
        { text: 'Primary need' },
        { text: 'Prevalence', numeric: true },
        { text: 'Growth', numeric: true },
        { text: 'Services', numeric: true },
        { text: 'Tiers' },
        { text: 'Annual value', numeric: true },
        { text: 'Why this rank' },
      ]}
      rows={[...needs]
        .sort((a, b) => a.rank - b.rank)
        .map((gap) => ({
          key: gap.need,
          cells: [
            gap.rank,
            needLabel(gap.need),
            gap.prevalence ? formatFigureOf(gap.prevalence, undefined) : 'No value',
            gap.growthPercent === null
              ? 'Unknown'
              : `${figure.format(gap.growthPercent)}%${gap.growthPeriod ? ` (${gap.growthPeriod})` : ''}`,
            gap.services,
            gap.tiers.length === 0 ? 'None' : gap.tiers.map(capitalised).join(', '),
            annualValue(gap),
            capitalised(gap.reason),
          ],
        }))}
    />
  );
}
