package org.sendhub.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.OpenApiContract;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;

class HttpMetricsTest {

    final HttpMetrics metrics = new HttpMetrics();

    @Test
    void everyEndpointOfTheContractWithoutAParameterIsAFixedAddress() {
        List<String> missing = new ArrayList<>();
        OpenApiContract.get().document().get("paths").fieldNames().forEachRemaining(path -> {
            if (!path.contains("{") && !HttpMetrics.FIXED_ADDRESSES.contains(path)) {
                missing.add(path);
            }
        });
        assertTrue(missing.isEmpty(), "their requests would be counted under UNKNOWN: " + missing);
    }

    @Test
    void anAddressNoTemplateMatchedIsCountedUnderUnknown() {
        assertEquals("UNKNOWN", uriAfterFilter(HttpMetrics.REQUESTS, "/api/v1/areas/E08000003/made-up/1"));
        assertEquals("UNKNOWN", uriAfterFilter(HttpMetrics.REQUESTS, "/openreferral/made-up"));
    }

    @Test
    void templatesFixedAddressesAndQuarkusOwnTagsAreKept() {
        for (String uri : new String[] { "/api/v1/areas/{areaCode}/priorities", "/api/v1/me", "/config.json",
                "/{webAppPath}", "/assets/*", "NOT_FOUND", "root" }) {
            assertEquals(uri, uriAfterFilter(HttpMetrics.REQUESTS, uri));
        }
    }

    @Test
    void otherMetersAreLeftAlone() {
        assertEquals("/made-up", uriAfterFilter("http.client.requests", "/made-up"));
    }

    String uriAfterFilter(String meter, String uri) {
        var id = new Meter.Id(meter, Tags.of("method", "OPTIONS", "uri", uri), null, null, Meter.Type.TIMER);
        return metrics.addressesAnyoneCanMakeUpAreNotTags().map(id).getTag("uri");
    }
}
