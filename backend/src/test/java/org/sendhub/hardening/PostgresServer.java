package org.sendhub.hardening;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server the tests run against, stopped and started for real: a fast shutdown
 * (SIGINT: sessions ended, a checkpoint, the process gone) and a start of the same binary with
 * the same data directory, port and settings. As root, PostgreSQL runs in its own user namespace
 * ({@code unshare -U}), as zonky starts it.
 */
final class PostgresServer {

    private final int port;
    private final List<String> command;
    private ProcessHandle process;

    private PostgresServer(int port, ProcessHandle process, List<String> command) {
        this.port = port;
        this.process = process;
        this.command = command;
    }

    /** The postmaster listening on this port, found among this machine's processes. */
    static PostgresServer listeningOn(int port) {
        for (ProcessHandle candidate : ProcessHandle.allProcesses().toList()) {
            var info = candidate.info();
            if (info.command().isEmpty() || !info.command().get().endsWith("/bin/postgres")
                    || info.arguments().isEmpty()) {
                continue;
            }
            List<String> arguments = Arrays.asList(info.arguments().get());
            int p = arguments.indexOf("-p");
            if (p >= 0 && p + 1 < arguments.size() && arguments.get(p + 1).equals(String.valueOf(port))) {
                var command = new ArrayList<String>();
                if ("root".equals(System.getProperty("user.name"))) {
                    command.addAll(List.of("unshare", "-U"));
                }
                command.add(info.command().get());
                command.addAll(arguments);
                return new PostgresServer(port, candidate, command);
            }
        }
        throw new IllegalStateException("No PostgreSQL listening on port " + port);
    }

    void stop() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not stop", e);
        }
    }

    void start(String jdbcUrl) throws IOException, InterruptedException {
        Process started = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process = started.toHandle();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                return;
            } catch (SQLException notYet) {
                if (!started.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not start again on port " + port, notYet);
                }
                Thread.sleep(100);
            }
        }
    }
}
