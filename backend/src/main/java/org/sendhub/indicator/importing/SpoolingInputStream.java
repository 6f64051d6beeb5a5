package org.sendhub.indicator.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Passes the request body on, and writes every byte it passes to a spool file, so that an
 * import that finds revisions can read the file a second time without holding it in memory.
 */
final class SpoolingInputStream extends FilterInputStream {

    private final OutputStream spool;

    SpoolingInputStream(InputStream body, OutputStream spool) {
        super(body);
        this.spool = spool;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            spool.write(b);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n > 0) {
            spool.write(bytes, offset, n);
        }
        return n;
    }
}
