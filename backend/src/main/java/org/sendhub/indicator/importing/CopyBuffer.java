package org.sendhub.indicator.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Checked rows as COPY's CSV, encoded straight into bytes: most fields are ASCII codes and numbers. */
final class CopyBuffer {

    /** A chunk is sent to PostgreSQL once it holds this much. */
    static final int CHUNK_BYTES = 1 << 20;

    byte[] bytes = new byte[CHUNK_BYTES + (64 << 10)];
    int size;

    void writeLine(String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                write(",");
            }
            String field = fields[i];
            if (field.isEmpty()) {
                continue; // empty is NULL for COPY: an absent number or note
            }
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                write('"' + field.replace("\"", "\"\"") + '"');
            } else {
                write(field);
            }
        }
        write("\n");
    }

    boolean full() {
        return size >= CHUNK_BYTES;
    }

    private void write(String text) {
        int most = text.length() * 3; // UTF-8 takes at most 3 bytes a char
        if (size + most > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + most));
        }
        int start = size;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(utf8, 0, bytes, start, utf8.length);
                size = start + utf8.length;
                return;
            }
            bytes[size++] = (byte) c;
        }
    }
}
