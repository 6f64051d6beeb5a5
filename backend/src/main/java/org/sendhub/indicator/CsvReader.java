package org.sendhub.indicator;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks; lines end
 * with CRLF or LF; a UTF-8 byte-order mark (as Excel writes) is skipped. Tells the line each
 * record starts on, for error reports.
 */
final class CsvReader {

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private int line = 1;
    private boolean first = true;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** A record and the line it starts on. */
    record Row(int line, List<String> fields) {
    }

    /** Thrown for a quote that is never closed or text after a closing quote. */
    static final class MalformedCsvException extends Exception {
        final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread() {
        position--;
    }

    /** The next record, or null at the end. A blank line at the very end is not a record. */
    Row next() throws IOException, MalformedCsvException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        int startLine = line;
        var fields = new ArrayList<String>(16);
        var field = new StringBuilder(32);
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new MalformedCsvException(startLine, "a quoted field is never closed");
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == ',' ) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int next = read();
                    if (next != '\n' && next != -1) {
                        unread();
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                if (fields.size() == 1 && fields.get(0).isEmpty() && !afterQuote) {
                    // A blank line: skip it, it is no record.
                    return c == -1 ? null : next();
                }
                return new Row(startLine, fields);
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw new MalformedCsvException(startLine, "text after a closing quote");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }
}
