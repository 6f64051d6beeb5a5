package org.sendhub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.QuarkusApplication;

/**
 * The training run of the class archive (scripts/class-archive.sh): started with the argument
 * {@code --class-archive-training}, the backend starts in full, answers a readiness probe and a
 * request without a token (so the request path's classes load too), and stops, so that the JVM's
 * {@code -XX:ArchiveClassesAtExit} keeps every class a start loads for later starts to map.
 */
public class ClassArchiveTraining implements QuarkusApplication {

    static final String ARGUMENT = "--class-archive-training";

    private static final Logger LOG = Logger.getLogger(ClassArchiveTraining.class);

    @Override
    public int run(String... args) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
        var client = HttpClient.newHttpClient();
        for (String path : List.of("/q/health/ready", "/api/v1/areas")) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            LOG.infof("Class archive training: %s answered %d", path, status);
        }
        return 0;
    }
}
