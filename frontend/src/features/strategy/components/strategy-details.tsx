import { BulletList } from '@/components/bullet-list';
import { SummaryList } from '@/components/govuk/summary-list';
import type { Strategy } from '@/features/strategy/api/get-strategies';
import { StrategyStatusTag } from '@/features/strategy/components/strategy-status-tag';
import { formatPeriod } from '@/lib/format';

export function StrategyDetails({ strategy }: { strategy: Strategy }) {
  return (
    <SummaryList
      rows={[
        { key: 'Title', value: strategy.title },
        { key: 'Period', value: formatPeriod(strategy.periodStart, strategy.periodEnd) },
        { key: 'Status', value: <StrategyStatusTag status={strategy.status} /> },
        {
          key: 'Vision',
          value: strategy.vision ? <span className="sendhub-pre-line">{strategy.vision}</span> : 'Not given',
        },
        { key: 'Principles', value: <BulletList none="None recorded" items={strategy.principles} /> },
      ]}
    />
  );
}
