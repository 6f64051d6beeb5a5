package org.sendhub.localoffer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Open Referral UK 3.0's JSON Schemas (2020-12), copied from the standard into
 * src/test/resources/oruk-3.0/schema: their $refs name openreferraluk.org, which is mapped here
 * to those copies, so the check needs no network.
 */
final class OrukSchemas {

    private static final String PUBLISHED = "https://openreferraluk.org/specifications/3.0/schema/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(PUBLISHED, "classpath:oruk-3.0/schema/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private OrukSchemas() {
    }

    /** What is wrong with {@code body} under the standard's schema of that name (e.g. "service_list"). */
    static List<String> problems(String schema, JsonNode body) {
        var checked = SCHEMAS.computeIfAbsent(schema,
                name -> FACTORY.getSchema(SchemaLocation.of(PUBLISHED + name + ".json"), CONFIG));
        return checked.validate(body).stream().map(ValidationMessage::getMessage).toList();
    }
}
