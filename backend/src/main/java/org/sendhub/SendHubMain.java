package org.sendhub;

import java.nio.file.Path;
import java.util.List;

import org.jboss.logging.Logger;
import org.sendhub.common.db.EmbeddedDatabase;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts SEND Hub. Without {@code SENDHUB_DB_URL} it first starts an embedded, durable
 * PostgreSQL whose data lives in {@code SENDHUB_DATA_DIR} (default {@code .data/postgres}), so a
 * new user needs no database, and a restart keeps what they entered. With the argument
 * {@code --class-archive-training} it is the class archive's training run ({@link ClassArchiveTraining}).
 */
@QuarkusMain
public class SendHubMain {

    private static final Logger LOG = Logger.getLogger(SendHubMain.class);

    public static void main(String... args) throws Exception {
        // Bad addresses are refused by common/http/RequestGuard, as problem+json, not by Quarkus' empty 400.
        System.setProperty("vertx.disableURIValidation", "true");
        String externalUrl = System.getenv("SENDHUB_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            System.setProperty("quarkus.datasource.jdbc.url", externalUrl);
            run(args);
            return;
        }
        String dataDir = System.getenv().getOrDefault("SENDHUB_DATA_DIR", ".data/postgres");
        try (var database = EmbeddedDatabase.durable(Path.of(dataDir).toAbsolutePath())) {
            LOG.infof("Embedded PostgreSQL started, data in %s", Path.of(dataDir).toAbsolutePath());
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            run(args);
        }
    }

    private static void run(String... args) {
        if (List.of(args).contains(ClassArchiveTraining.ARGUMENT)) {
            Quarkus.run(ClassArchiveTraining.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
