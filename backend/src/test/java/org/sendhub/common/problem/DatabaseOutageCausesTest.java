package org.sendhub.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import org.junit.jupiter.api.Test;

/** Which failures are the database being away (a 503 to retry) and which are not. */
class DatabaseOutageCausesTest {

    static SQLException shutdown() {
        return new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    }

    @Test
    void aCommitThatMetTheServerShuttingDownIsAnOutageThoughTheDriversErrorIsOnlySuppressed() {
        // As the transaction manager reports it: the XA failure is suppressed, not the cause.
        var commit = new IllegalStateException("Could not commit transaction");
        var xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(shutdown());
        commit.addSuppressed(xa);
        assertTrue(DatabaseOutage.causedBy(commit));
    }

    @Test
    void aRefusedConnectionDeepInTheCausesIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new IllegalStateException(
                new SQLException("Connection to localhost:5432 refused", "08001")))));
    }

    @Test
    void aFaultOfTheRequestIsNotAnOutage() {
        assertFalse(DatabaseOutage.causedBy(new SQLException("value too long for type character varying", "22001")));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("no")));
    }

    @Test
    void causesThatLoopBackEnd() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertFalse(DatabaseOutage.causedBy(first));
    }
}
