import type { ReactNode } from 'react';

export type TagColour =
  | 'default'
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'teal'
  | 'purple'
  | 'magenta'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

export function Tag({ colour = 'default', children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={colour === 'default' ? 'govuk-tag' : `govuk-tag govuk-tag--${colour}`}>{children}</strong>;
}
