package org.sendhub.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Which failures are the database being away or a lost race for a lock (each a 503 to retry),
 * and which are a fault of the request.
 */
class DatabaseFailuresTest {

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
        assertTrue(DatabaseFailures.unreachable(commit));
    }

    @Test
    void aRefusedConnectionDeepInTheCausesIsAnOutage() {
        assertTrue(DatabaseFailures.unreachable(new RuntimeException(new IllegalStateException(
                new SQLException("Connection to localhost:5432 refused", "08001")))));
    }

    @Test
    void aFaultOfTheRequestIsNotAnOutage() {
        assertFalse(DatabaseFailures.unreachable(new SQLException("value too long for type character varying", "22001")));
        assertFalse(DatabaseFailures.unreachable(new IllegalArgumentException("no")));
    }

    @Test
    void causesThatLoopBackEnd() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertFalse(DatabaseFailures.unreachable(first));
    }

    /** As Hibernate reports PostgreSQL's deadlock: its own exception, the driver's error as the cause. */
    static RuntimeException deadlock() {
        return new LockAcquisitionException("could not execute statement",
                new SQLException("ERROR: deadlock detected", "40P01"));
    }

    @Test
    void aDeadlockOrALockWaitCutShortIsALostRaceNotAnOutage() {
        assertTrue(DatabaseFailures.contended(new IllegalStateException(deadlock())));
        assertTrue(DatabaseFailures.contended(new SQLException("could not obtain lock on row", "55P03")));
        assertTrue(DatabaseFailures.contended(new SQLException("could not serialize access", "40001")));
        assertFalse(DatabaseFailures.unreachable(deadlock()));
        assertFalse(DatabaseFailures.contended(shutdown()));
        assertFalse(DatabaseFailures.contended(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(DatabaseFailures.contended(new SQLException("no state")));
    }

    @Test
    void aLostRaceIsA503WithRetryAfterAndAnOtherFailureA500() {
        var mappers = new ProblemMappers();
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] { UriInfo.class },
                (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/areas/E08000003/services/x" : null);

        Response busy = mappers.unexpected(new IllegalStateException(deadlock()), uri);
        assertEquals(503, busy.getStatus());
        assertEquals("1", String.valueOf(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
        assertEquals("Another change needed the same records at the same moment. Nothing was changed; try again.",
                ((Problem) busy.getEntity()).detail());

        Response away = mappers.unexpected(shutdown(), uri);
        assertEquals(503, away.getStatus());
        assertEquals("5", String.valueOf(away.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));

        assertEquals(500, mappers.unexpected(new IllegalArgumentException("a bug"), uri).getStatus());
    }
}
