import type { Area } from '@/features/area/api/get-areas';
import type { Me } from '@/features/me/api/get-me';
import type { Priority } from '@/features/priority/types';
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
  measures: [{ indicatorCode: 'ehcp_timeliness', description: 'Plans issued within 20 weeks', target: '90%', targetDate: '2026-03-31' }],
  outcomeIds: ['55555555-5555-4555-8555-555555555555'],
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

export function page<T>(items: T[]) {
  return { items, page: 0, size: 50, total: items.length };
}
