import type { Me } from '@/features/me/api/get-me';

const roleNames: Record<Me['roles'][number], string> = {
  viewer: 'Viewer',
  editor: 'Editor',
  analyst: 'Analyst',
  admin: 'Administrator',
};

/** The user's roles in words, most powerful first: "Administrator", "Editor and Analyst". */
export function roleWords(roles: Me['roles']): string {
  const order: Me['roles'][number][] = ['admin', 'editor', 'analyst', 'viewer'];
  const names = order.filter((role) => roles.includes(role)).map((role) => roleNames[role]);
  if (names.length === 0) return 'No role';
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Who is signed in, as the header says it: their name, or their user name when Keycloak has none. */
export function accountName(me: Pick<Me, 'name' | 'username'>): string {
  return me.name?.trim() || me.username;
}
