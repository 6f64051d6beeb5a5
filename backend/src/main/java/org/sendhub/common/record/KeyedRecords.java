package org.sendhub.common.record;

import org.sendhub.common.problem.ProblemException;

/**
 * Records kept under a key their creator chose (an indicator's code, a saved mapping's code):
 * found, archived and restored by it; an unknown key is a 404.
 */
public abstract class KeyedRecords<E extends ArchivableEntity, V> extends ArchivableRecords<E, String, V> {

    /** The 404's words for a key that is not there, e.g. "No indicator x in the catalogue." */
    protected abstract String noSuch(String key);

    public E find(String key) {
        return found(key, repository().findById(key));
    }

    /** The record, locked until the change commits (see {@link #lockForChange}). */
    protected E findForChange(String key) {
        return found(key, lockForChange(key));
    }

    private E found(String key, E entity) {
        if (entity == null) {
            throw ProblemException.notFound(noSuch(key));
        }
        return entity;
    }

    public V get(String key) {
        return view(find(key));
    }

    public V archive(String key, int expectedVersion, String actor) {
        return archive(findForChange(key), expectedVersion, actor);
    }

    public V restore(String key, String actor) {
        return restore(findForChange(key), actor);
    }
}
