package org.sendhub.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells the database failures a caller can retry from a fault in a request: a database that
 * cannot be reached (stopped, restarting, no free connection in time), and a transaction that
 * lost a race for a lock to another (a deadlock, a lock wait cut short). Both are a 503 with
 * Retry-After, never a 500; the transaction was rolled back, so nothing was changed.
 */
final class DatabaseFailures {

    static final int UNREACHABLE_RETRY_AFTER_SECONDS = 5;
    static final int CONTENDED_RETRY_AFTER_SECONDS = 1;

    /** 40P01 deadlock detected, 40001 serialization failure, 55P03 lock not available. */
    private static final Set<String> LOCK_RACES = Set.of("40P01", "40001", "55P03");

    private DatabaseFailures() {
    }

    static boolean unreachable(Throwable failure) {
        return anyCause(failure, e -> e instanceof JDBCConnectionException
                || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof ConnectException
                // 08: connection exception; 57P01-57P03: the server is shutting down or starting.
                || e instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))
                // Agroal's answer when no connection could be had within the acquisition timeout.
                || e instanceof SQLException && e.getMessage() != null
                        && e.getMessage().toLowerCase().contains("acquisition timeout"));
    }

    static boolean contended(Throwable failure) {
        return anyCause(failure, e -> e instanceof SQLException sql && sql.getSQLState() != null
                && LOCK_RACES.contains(sql.getSQLState()));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        // A commit that meets a server shutting down carries the driver's error as a suppressed
        // exception of the transaction manager's, not as its cause: both are followed.
        var seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        var pending = new ArrayDeque<Throwable>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable e = pending.poll();
            if (!seen.add(e)) {
                continue;
            }
            if (test.test(e)) {
                return true;
            }
            if (e.getCause() != null) {
                pending.add(e.getCause());
            }
            pending.addAll(List.of(e.getSuppressed()));
        }
        return false;
    }
}
