package org.sendhub.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, no free connection in time)
 * from a fault in a request: the first is a 503 the caller can retry, never a 500.
 */
final class DatabaseOutage {

    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
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
            if (e.getCause() != null) {
                pending.add(e.getCause());
            }
            pending.addAll(List.of(e.getSuppressed()));
            if (e instanceof JDBCConnectionException || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException || e instanceof ConnectException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P01-57P03: the server is shutting down or starting.
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // Agroal's answer when no connection could be had within the acquisition timeout.
            if (e instanceof SQLException && e.getMessage() != null
                    && e.getMessage().toLowerCase().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
