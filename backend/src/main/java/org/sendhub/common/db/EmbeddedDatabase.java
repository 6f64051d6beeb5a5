package org.sendhub.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL started from the zonky binaries on Maven Central, for machines that have
 * none: the run command keeps its data in a folder and writes durably; tests use a throwaway
 * one with durability off for speed.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Durable: fsync, synchronous commit and full-page writes on, so a crash loses no commit. */
    public static EmbeddedDatabase durable(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        return new EmbeddedDatabase(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start());
    }

    /** Throwaway, for tests: zonky's defaults (fsync off) are right when nothing needs keeping. */
    public static EmbeddedDatabase throwaway() throws IOException {
        return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
