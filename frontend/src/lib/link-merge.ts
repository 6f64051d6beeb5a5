/**
 * The links a user chose, laid over links a colleague saved meanwhile: what the user added
 * or removed (from the links the page opened with) is kept, and every other change is the
 * colleague's. Only records both touched differently would need a question, and for a set of
 * links there are none: adding twice is adding, removing twice is removing.
 */
export function mergeLinks(opened: string[], mine: string[], theirs: string[]): string[] {
  const added = mine.filter((id) => !opened.includes(id));
  const removed = opened.filter((id) => !mine.includes(id));
  return [...theirs.filter((id) => !removed.includes(id)), ...added.filter((id) => !theirs.includes(id))];
}

/** What a colleague changed: the records they linked and those they unlinked, since the page opened. */
export function linkChanges(opened: string[], theirs: string[]): { linked: string[]; unlinked: string[] } {
  return {
    linked: theirs.filter((id) => !opened.includes(id)),
    unlinked: opened.filter((id) => !theirs.includes(id)),
  };
}
