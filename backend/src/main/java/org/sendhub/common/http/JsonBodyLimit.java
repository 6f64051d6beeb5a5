package org.sendhub.common.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.sendhub.common.problem.ProblemException;

/**
 * The JSON body limit for bodies sent without a Content-Length (chunked), which
 * {@link RequestGuard} cannot check up front: counted as the body is read, a 413 once over.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    /** Looked up per request: providers are made at build time, before runtime config exists. */
    @Inject
    Instance<HttpConfig> config;

    @Context
    UriInfo uri;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!RequestGuard.isImport(uri.getPath())) {
            // The import's limit, for a chunked file, is quarkus.http.limits.max-body-size.
            context.setInputStream(new Limited(context.getInputStream(), config.get().maxJsonBodyBytes()));
        }
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw ProblemException.payloadTooLarge(limit);
            }
        }
    }
}
