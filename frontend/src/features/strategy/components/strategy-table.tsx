import { Link } from 'react-router-dom';
import { Table } from '@/components/govuk/table';
import type { Strategy } from '@/features/strategy/api/get-strategies';
import { StrategyStatusTag } from '@/features/strategy/components/strategy-status-tag';
import { formatPeriod } from '@/lib/format';
import { strategyPath } from '@/lib/paths';

export function StrategyTable({ areaCode, strategies }: { areaCode: string; strategies: Strategy[] }) {
  return (
    <Table
      stacked
      caption="Strategies"
      captionHidden
      head={[{ text: 'Title' }, { text: 'Period' }, { text: 'Status' }]}
      rows={strategies.map((strategy) => ({
        key: strategy.id,
        cells: [
          <Link className="govuk-link" to={strategyPath(areaCode, strategy.id)}>
            {strategy.title}
          </Link>,
          formatPeriod(strategy.periodStart, strategy.periodEnd),
          <StrategyStatusTag status={strategy.status} />,
        ],
      }))}
    />
  );
}
