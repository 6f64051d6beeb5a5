package org.sendhub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * deploy/kubernetes holds what production needs, in files that parse (no cluster is asked): the
 * backend's Deployment with 3 replicas, probes, requests and limits, config from a ConfigMap and
 * Secrets, an autoscaler and a disruption budget; PostgreSQL clusters of 3 with scheduled
 * backups; Keycloak with the realm of keycloak/; and the JVM's options as the run command and the
 * image have them.
 */
class DeploymentManifestsTest {

    static final Path DEPLOY = Path.of("..", "deploy", "kubernetes");
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyManifestParsesAndNamesItsKind() throws IOException {
        List<Path> files;
        try (var listing = Files.list(DEPLOY)) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(List.of("config.yaml", "keycloak-realm.yaml", "keycloak.yaml", "postgres.yaml", "sendhub.yaml"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        for (Path file : files) {
            for (JsonNode resource : resources(file.getFileName().toString())) {
                assertFalse(resource.path("apiVersion").asText().isEmpty(), file + ": " + resource);
                assertFalse(resource.path("kind").asText().isEmpty(), file + ": " + resource);
                assertFalse(resource.path("metadata").path("name").asText().isEmpty(), file + ": " + resource);
            }
        }
    }

    @Test
    void theBackendRunsThreeProbedReplicasWithLimitsAndConfigFromConfigMapAndSecrets() throws IOException {
        var sendhub = resources("sendhub.yaml");
        JsonNode deployment = only(sendhub, "Deployment");
        assertEquals(3, deployment.at("/spec/replicas").asInt());
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        for (String kind : new String[] { "requests", "limits" }) {
            assertFalse(container.at("/resources/" + kind + "/cpu").asText().isEmpty(), kind);
            assertFalse(container.at("/resources/" + kind + "/memory").asText().isEmpty(), kind);
        }
        // The limit leaves room above the 300 MB the backend stays under (README "Benchmarks").
        assertTrue(mebibytes(container.at("/resources/limits/memory").asText()) > 300);

        assertEquals("sendhub-config", container.at("/envFrom/0/configMapRef/name").asText());
        var fromSecrets = new ArrayList<String>();
        for (JsonNode variable : container.path("env")) {
            if (variable.at("/valueFrom/secretKeyRef/name").asText().equals("sendhub-db-app")) {
                fromSecrets.add(variable.path("name").asText());
            }
        }
        assertEquals(List.of("SENDHUB_DB_PASSWORD", "SENDHUB_DB_USERNAME"), fromSecrets.stream().sorted().toList());
        JsonNode config = only(resources("config.yaml"), "ConfigMap");
        assertEquals("sendhub-config", config.at("/metadata/name").asText());
        assertTrue(config.at("/data/SENDHUB_DB_URL").asText().startsWith("jdbc:postgresql://sendhub-db-rw:"));

        JsonNode autoscaler = only(sendhub, "HorizontalPodAutoscaler");
        assertEquals("sendhub", autoscaler.at("/spec/scaleTargetRef/name").asText());
        assertEquals("Deployment", autoscaler.at("/spec/scaleTargetRef/kind").asText());
        assertEquals(3, autoscaler.at("/spec/minReplicas").asInt());
        assertTrue(autoscaler.at("/spec/maxReplicas").asInt() > 3);

        JsonNode budget = only(sendhub, "PodDisruptionBudget");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        budget.at("/spec/selector/matchLabels").fields().forEachRemaining(label -> assertEquals(
                label.getValue().asText(), podLabels.path(label.getKey()).asText(), "budget selects " + label));
        assertTrue(budget.at("/spec/minAvailable").asInt() >= 2);

        // Health and metrics are for the internal network: the Ingress is the public entry.
        JsonNode ingress = only(sendhub, "Ingress");
        assertEquals("sendhub", ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText());
    }

    @Test
    void theJvmOptionsAreTheSameForTheRunCommandTheImageAndKubernetes() throws IOException {
        String options = Files.readString(Path.of("jvm.options")).trim();
        for (String option : new String[] { "-Xmx", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=", "-Xss",
                "-XX:+Use" }) {
            assertTrue(options.contains(option), "jvm.options sets " + option);
        }
        JsonNode container = only(resources("sendhub.yaml"), "Deployment").at("/spec/template/spec/containers/0");
        assertEquals(options, env(container, "JAVA_OPTS").trim().replaceAll("\\s+", " "));
        assertEquals("2", env(container, "MALLOC_ARENA_MAX"));
        String dockerfile = Files.readString(Path.of("..", "Dockerfile"));
        assertTrue(dockerfile.contains("COPY backend/jvm.options jvm.options")
                && dockerfile.contains("${JAVA_OPTS:-@jvm.options}"), "the image runs java with jvm.options");
        String runCommand = Files.readString(Path.of("..", "scripts", "stack.sh"));
        assertTrue(runCommand.contains("${JAVA_OPTS:-@backend/jvm.options}"), "the run command runs java with jvm.options");
    }

    @Test
    void postgresRunsAsClustersOfThreeWithScheduledBackups() throws IOException {
        var postgres = resources("postgres.yaml");
        var clusters = all(postgres, "Cluster");
        assertEquals(List.of("sendhub-db", "keycloak-db"), clusters.stream().map(c -> c.at("/metadata/name").asText())
                .toList());
        for (JsonNode cluster : clusters) {
            String name = cluster.at("/metadata/name").asText();
            assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
            assertEquals(3, cluster.at("/spec/instances").asInt(), name);
            assertFalse(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText().isEmpty(), name);
            assertFalse(cluster.at("/spec/backup/retentionPolicy").asText().isEmpty(), name);
            assertTrue(all(postgres, "ScheduledBackup").stream().anyMatch(b -> b.at("/spec/cluster/name").asText()
                    .equals(name) && b.at("/spec/schedule").asText().split(" ").length == 6), name + " is backed up");
        }
        assertEquals("sendhub", clusters.get(0).at("/spec/bootstrap/initdb/database").asText());
    }

    @Test
    void keycloakIsClusteredAndImportsTheRealmOfTheRepositoryWithoutItsDemoParts() throws IOException {
        JsonNode keycloak = only(resources("keycloak.yaml"), "Keycloak");
        assertEquals("k8s.keycloak.org/v2alpha1", keycloak.path("apiVersion").asText());
        assertTrue(keycloak.at("/spec/instances").asInt() >= 2);
        assertEquals("keycloak-db-rw", keycloak.at("/spec/db/host").asText());

        JsonNode realmImport = only(resources("keycloak-realm.yaml"), "KeycloakRealmImport");
        assertEquals(keycloak.at("/metadata/name").asText(), realmImport.at("/spec/keycloakCRName").asText());
        JsonNode realm = realmImport.at("/spec/realm");
        JsonNode demo = JSON.readTree(Path.of("..", "keycloak", "realm-sendhub.json").toFile());
        assertEquals(demo.path("realm"), realm.path("realm"));
        assertEquals(demo.path("roles"), realm.path("roles"));
        assertEquals(demo.path("components"), realm.path("components"));
        // The sign-in pages in SEND Hub's theme, from an image that carries it.
        assertEquals(demo.path("loginTheme"), realm.path("loginTheme"));
        assertTrue(keycloak.at("/spec/image").asText().contains("sendhub-keycloak"), "Keycloak's image has no theme");
        JsonNode web = StreamSupport.stream(demo.path("clients").spliterator(), false)
                .filter(c -> c.path("clientId").asText().equals("sendhub-web")).findFirst().orElseThrow();
        assertEquals(1, realm.path("clients").size());
        assertEquals(web.path("protocolMappers"), realm.at("/clients/0/protocolMappers"));
        assertEquals(web.path("publicClient"), realm.at("/clients/0/publicClient"));
        // No demo users with well-known passwords, no demo clients, no plain HTTP.
        assertTrue(realm.path("users").isMissingNode());
        assertEquals("external", realm.path("sslRequired").asText());
    }

    static List<JsonNode> resources(String file) throws IOException {
        var yaml = new ObjectMapper(new YAMLFactory());
        try (var parser = yaml.getFactory().createParser(DEPLOY.resolve(file).toFile())) {
            var out = new ArrayList<JsonNode>();
            yaml.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    out.add(node);
                }
            });
            assertFalse(out.isEmpty(), file + " holds no resource");
            return out;
        }
    }

    static List<JsonNode> all(List<JsonNode> resources, String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    static JsonNode only(List<JsonNode> resources, String kind) {
        var found = all(resources, kind);
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    static String env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        throw new AssertionError("no " + name + " in the container's env");
    }

    static long mebibytes(String quantity) {
        assertNotNull(quantity);
        if (quantity.endsWith("Mi")) {
            return Long.parseLong(quantity.replace("Mi", ""));
        }
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.replace("Gi", "")) * 1024;
        }
        throw new AssertionError("a memory quantity in Mi or Gi: " + quantity);
    }
}
