import type { IndicatorChoice } from '@/lib/indicator-choices';
import type { Area } from '@/features/area/api/get-areas';
import type { Coproduction } from '@/features/coproduction/types';
import type { Decision } from '@/features/decision/types';
import type { Indicator } from '@/features/indicator/types';
import type { Me } from '@/features/me/api/get-me';
import type { Outcome } from '@/features/outcome/types';
import type { Priority } from '@/features/priority/types';
import type { Service } from '@/features/service/types';
import type { Strategy } from '@/features/strategy/api/get-strategies';

export const manchester: Area = {
  code: 'E08000003',
  name: 'Manchester',
  icbCode: 'E54000057',
  icbName: 'NHS Greater Manchester ICB',
  demo: true,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

/** A second area, for users who can see more than one. */
export const wigan: Area = { ...manchester, code: 'E08000010', name: 'Wigan', demo: false };

export const strategy: Strategy = {
  id: '11111111-1111-4111-8111-111111111111',
  areaCode: 'E08000003',
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  archived: false,
  title: 'Manchester SEND Strategy 2020-2023',
  periodStart: '2020-04-01',
  periodEnd: '2023-03-31',
  status: 'active',
  vision: 'Children and young people with SEND are happy, safe and achieve.',
  principles: ['Co-production', 'Early help'],
};

export const priority: Priority = {
  id: '22222222-2222-4222-8222-222222222222',
  areaCode: 'E08000003',
  version: 3,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-02-01T00:00:00Z',
  archived: false,
  strategyId: strategy.id,
  number: 1,
  title: 'Improve the quality of EHC plans',
  description: 'Plans are written with families and reviewed on time.',
  rationale: 'Only 60% of plans were issued within 20 weeks.',
  status: 'at_risk',
  lead: 'Head of SEND',
  actions: [{ description: 'Train EHC plan writers', owner: 'SEND team', dueDate: '2025-09-30', status: 'in_progress' }],
  measures: [{ indicatorCode: 'ehcp_timeliness', description: 'Plans issued within 20 weeks', targetValue: 90, targetDate: '2026-03-31' }],
  outcomeIds: ['55555555-5555-4555-8555-555555555555'],
};

export const outcome: Outcome = {
  id: '55555555-5555-4555-8555-555555555555',
  areaCode: 'E08000003',
  version: 2,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  archived: false,
  strategyId: strategy.id,
  statement: 'I am heard',
  description: 'Children and young people say their views change what happens.',
  indicatorCodes: ['ehcp_timeliness', 'send_survey_heard'],
};

export const service: Service = {
  id: '77777777-7777-4777-8777-777777777777',
  areaCode: 'E08000003',
  version: 6,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-03-01T00:00:00Z',
  archived: false,
  name: 'Short breaks',
  description: 'Clubs, play schemes and overnight stays that give families a break.',
  provider: 'Action for Children',
  tier: 'targeted',
  sectors: ['education', 'social_care'],
  needs: ['ASD', 'SLCN'],
  settings: [],
  capacity: null,
  capacityUnit: null,
  ageFrom: 5,
  ageTo: 18,
  commissioners: ['Manchester City Council', 'NHS Greater Manchester ICB'],
  fundingModel: 'pooled',
  annualValue: 450000.5,
  contractStart: '2024-04-01',
  contractEnd: '2027-03-31',
  reviewDate: '2026-09-30',
  stage: 'do',
  status: 'active',
  priorityIds: [priority.id],
  outcomeIds: [outcome.id],
  localOfferUrl: 'https://hsm.manchester.gov.uk/short-breaks',
  publishToLocalOffer: true,
};

export const coproduction: Coproduction = {
  id: '88888888-8888-4888-8888-888888888888',
  areaCode: 'E08000003',
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-04-01T00:00:00Z',
  archived: false,
  title: 'Big SEND Survey',
  kind: 'survey',
  heldOn: '2025-03-01',
  participants: { childrenYoungPeople: 120, parentsCarers: 340, professionals: null },
  partners: ['Manchester Parent Carer Forum'],
  principles: ['space', 'voice'],
  youSaid: 'Short breaks are hard to find out about.',
  weDid: 'We put every short break on the Local Offer.',
  feedbackGivenOn: null,
  status: 'responded',
  priorityIds: [priority.id],
  serviceIds: [service.id],
};

export const decision: Decision = {
  id: '99999999-9999-4999-8999-999999999999',
  areaCode: 'E08000003',
  version: 0,
  createdAt: '2025-03-13T00:00:00Z',
  updatedAt: '2025-03-13T00:00:00Z',
  archived: false,
  serviceId: service.id,
  decidedOn: '2025-03-12',
  decision: 'recommission',
  decidedBy: 'SEND Board',
  rationale: 'Families told us short breaks are hard to find; demand keeps growing.',
  indicatorCodes: ['ehcp_timeliness'],
  coproductionIds: [coproduction.id],
  forecastEvidence: null,
};

export const indicator: Indicator = {
  code: 'ehcp_timeliness',
  name: 'EHC plans issued within 20 weeks',
  definition: 'New EHC plans issued within 20 weeks, as a share of all new plans',
  unit: 'percent',
  polarity: 'higher_is_better',
  source: 'DfE, Education, health and care plans',
  breakdowns: ['phase'],
  published: false,
  archived: false,
  version: 2,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

export const editor: Me = {
  username: 'editor.manchester',
  name: 'Edith Editor',
  roles: ['editor'],
  areaCodes: ['E08000003'],
  canEdit: true,
  isAdmin: false,
};

export const viewer: Me = { ...editor, username: 'viewer.manchester', name: 'Vic Viewer', roles: ['viewer'], canEdit: false };

export const admin: Me = { ...editor, username: 'admin', name: 'Ada Admin', roles: ['admin'], isAdmin: true };

export function page<T>(items: T[]) {
  return { items, page: 0, size: 50, total: items.length };
}

/** The catalogue as Manchester's pickers offer it: one headline indicator, one by primary need. */
export const indicatorChoices: IndicatorChoice[] = [
  {
    code: 'ehcp_timeliness',
    name: 'EHC plans issued within 20 weeks',
    definition: 'Plans issued within 20 weeks of the request, excluding exceptions.',
    unit: 'percent',
    polarity: 'higher_is_better',
    source: 'DfE: Education, health and care plans',
    published: true,
    hasData: true,
    breakdowns: [],
  },
  {
    code: 'ehcp_primary_need',
    name: 'EHC plans by primary need',
    definition: null,
    unit: 'count',
    polarity: 'no_judgement',
    source: 'DfE: Education, health and care plans',
    published: true,
    hasData: true,
    breakdowns: [
      {
        breakdown: 'primary_need',
        categories: [
          { category: 'ASD', hasData: true },
          { category: 'VI', hasData: false },
        ],
      },
    ],
  },
  {
    code: 'short_breaks_uptake',
    name: 'Families using short breaks',
    definition: null,
    unit: 'count',
    polarity: 'higher_is_better',
    source: null,
    published: false,
    hasData: false,
    breakdowns: [],
  },
];

/** A priority's measures as the measures endpoint answers them, before any figure is loaded. */
export function measuresOf(record: Priority, indicatorName = 'EHC plans issued within 20 weeks') {
  return {
    items: record.measures.map((measure) => ({
      indicatorCode: measure.indicatorCode ?? null,
      indicatorName: measure.indicatorCode ? indicatorName : null,
      unit: 'percent',
      polarity: 'higher_is_better',
      breakdown: measure.breakdown ?? 'total',
      category: measure.category ?? 'total',
      description: measure.description,
      targetValue: measure.targetValue ?? null,
      targetDate: measure.targetDate ?? null,
      latest: null,
      previous: null,
      direction: null,
      onTarget: null,
      toTarget: null,
      benchmark: null,
    })),
  };
}
