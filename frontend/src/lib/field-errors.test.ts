import { describe, expect, it } from 'vitest';
import { dateInputError, describeFieldErrors, fieldId, normaliseField, readableMessage, targetId } from '@/lib/field-errors';

const labels = {
  contractStart: 'Contract start date',
  contractEnd: 'Contract end date',
  'priorityIds[]': 'Linked priority {n}',
  'participants.parentsCarers': 'Parents and carers',
};

describe('field errors', () => {
  it('read the API’s field paths, without what a validator may put first', () => {
    expect(normaliseField('create.input.contractEnd', new Set(['contractEnd']))).toBe('contractEnd');
    expect(normaliseField('participants.parentsCarers', new Set(['participants']))).toBe('participants.parentsCarers');
    expect(fieldId('participants.parentsCarers')).toBe('participants-parentsCarers');
    expect(fieldId('priorityIds[1]')).toBe('priorityIds-1');
  });

  it('land on the field’s own control, or else the nearest one that holds it', () => {
    const ids = new Set(['priorityIds', 'participants', 'participants-parentsCarers', 'actions-0-dueDate']);

    expect(targetId('participants.parentsCarers', ids)).toBe('participants-parentsCarers');
    expect(targetId('participants.professionals', ids)).toBe('participants');
    expect(targetId('priorityIds[1]', ids)).toBe('priorityIds');
    expect(targetId('actions[0].dueDate', ids)).toBe('actions-0-dueDate');
    expect(targetId('nothing', ids)).toBeUndefined();
  });

  it('turn the API’s fragments into sentences in the form’s words, and leave sentences alone', () => {
    expect(readableMessage({ field: 'contractEnd', message: 'must not be before contractStart' }, labels)).toBe(
      'Contract end date must not be before contract start date',
    );
    expect(readableMessage({ field: 'priorityIds[1]', message: 'is not a priority of area E08000003' }, labels)).toBe(
      'Linked priority 2 is not a priority of area E08000003',
    );
    expect(readableMessage({ field: 'participants.parentsCarers', message: 'must be greater than or equal to 0' }, labels)).toBe(
      'Parents and carers must be greater than or equal to 0',
    );
    expect(readableMessage({ field: 'title', message: 'A priority with this title already exists' }, labels)).toBe(
      'A priority with this title already exists',
    );
  });

  it('link each error in the summary to its control, showing the first on the control', () => {
    const described = describeFieldErrors(
      [
        { field: 'priorityIds[0]', message: 'is not a priority of area E08000003' },
        { field: 'priorityIds[2]', message: 'is not a priority of area E08000003' },
        { field: 'unknown', message: 'Something else is wrong' },
      ],
      new Set(['priorityIds']),
      labels,
    );

    expect(described.summary).toEqual([
      { text: 'Linked priority 1 is not a priority of area E08000003', href: '#priorityIds' },
      { text: 'Linked priority 3 is not a priority of area E08000003', href: '#priorityIds' },
      { text: 'Something else is wrong', href: undefined },
    ]);
    expect(described.byId.get('priorityIds')).toBe('Linked priority 1 is not a priority of area E08000003');
  });

  it('put an error on a whole date on its three boxes, linking to the day, and one on some boxes on those only', () => {
    const ids = new Set(['contractStart', 'contractStart-day', 'contractStart-month', 'contractStart-year']);
    const apiError = describeFieldErrors([{ field: 'contractStart', message: 'must not be after contractEnd' }], ids, labels);

    expect(apiError.summary).toEqual([{ text: 'Contract start date must not be after contract end date', href: '#contractStart-day' }]);
    expect(dateInputError(apiError.byId, 'contractStart')).toEqual({
      message: 'Contract start date must not be after contract end date',
      parts: ['day', 'month', 'year'],
    });

    const message = 'Contract start date must include a day and year';
    const incomplete = describeFieldErrors(
      [
        { field: 'contractStart.day', message },
        { field: 'contractStart.year', message },
      ],
      ids,
      labels,
    );
    expect(incomplete.summary).toEqual([{ text: message, href: '#contractStart-day' }]);
    expect(dateInputError(incomplete.byId, 'contractStart')).toEqual({ message, parts: ['day', 'year'] });
    expect(dateInputError(incomplete.byId, 'contractEnd')).toBeUndefined();
  });
});
