import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Types a date ("31 3 2026", as a user would) into the day, month and year boxes of the date input with this legend. */
export async function typeDate(user: UserEvent, legend: string, date: string, container: HTMLElement = document.body) {
  const group = within(within(container).getByRole('group', { name: legend }));
  const [day, month, year] = date.split(' ');
  await user.type(group.getByLabelText('Day'), day);
  await user.type(group.getByLabelText('Month'), month);
  await user.type(group.getByLabelText('Year'), year);
}
