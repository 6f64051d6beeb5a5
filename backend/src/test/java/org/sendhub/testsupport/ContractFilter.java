package org.sendhub.testsupport;

import java.net.URI;
import java.util.HashMap;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/** Fails the request's test when its response does not match openapi.yaml. */
public class ContractFilter implements Filter {

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        var headers = new HashMap<String, String>();
        response.getHeaders().forEach(h -> headers.put(h.getName().toLowerCase(), h.getValue()));
        String path = URI.create(request.getURI()).getPath();
        var problems = OpenApiContract.get().check(request.getMethod(), path, response.getStatusCode(),
                response.getContentType(), headers, response.getBody().asString());
        if (!problems.isEmpty()) {
            throw new AssertionError("Response breaks openapi.yaml:\n  " + String.join("\n  ", problems)
                    + "\nBody: " + response.getBody().asString());
        }
        return response;
    }
}
