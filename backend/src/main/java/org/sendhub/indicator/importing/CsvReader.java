package org.sendhub.indicator.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks; lines end
 * with CRLF or LF; a UTF-8 byte-order mark (as Excel writes) is skipped. Tells the line each
 * record starts on, for error reports. An unquoted field is cut straight out of the buffer, so
 * a national file (a million rows) is read without copying it character by character.
 */
final class CsvReader {

    private static final int BUFFER_CHARS = 64 * 1024;

    private final Reader in;
    private final char[] buffer;
    private int position;
    private int limit;
    private int line = 1;
    private boolean first = true;
    /** The start of a field that runs past the end of the buffer. */
    private final StringBuilder carried = new StringBuilder();

    CsvReader(Reader in) {
        this(in, BUFFER_CHARS);
    }

    /** With a small buffer, tests make fields cross its edge. */
    CsvReader(Reader in, int bufferChars) {
        this.in = in;
        this.buffer = new char[bufferChars];
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

    private boolean fill() throws IOException {
        position = 0;
        limit = Math.max(0, in.read(buffer, 0, buffer.length));
        return limit > 0;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        int c = peek();
        if (c != -1) {
            position++;
        }
        return c;
    }

    /** The next record, or null at the end. Blank lines are no records. */
    Row next() throws IOException, MalformedCsvException {
        if (first) {
            first = false;
            if (peek() == '\uFEFF') {
                position++;
            }
        }
        while (true) {
            if (peek() == -1) {
                return null;
            }
            int startLine = line;
            var fields = new ArrayList<String>(16);
            boolean quoted;
            int end;
            do {
                quoted = peek() == '"';
                if (quoted) {
                    position++;
                    fields.add(quoted(startLine));
                    int next = peek();
                    if (next != ',' && next != '\r' && next != '\n' && next != -1) {
                        throw new MalformedCsvException(startLine, "text after a closing quote");
                    }
                } else {
                    fields.add(plain());
                }
                end = read();
            } while (end == ',');
            if (end == '\r' && peek() == '\n') {
                position++;
            }
            if (end != -1) {
                line++;
            }
            if (fields.size() > 1 || quoted || !fields.get(0).isEmpty()) {
                return new Row(startLine, fields);
            }
        }
    }

    /** An unquoted field, up to (not including) the comma or line end after it. */
    private String plain() throws IOException, MalformedCsvException {
        carried.setLength(0);
        int start = position;
        while (true) {
            for (; position < limit; position++) {
                char c = buffer[position];
                if (c <= ',') {
                    if (c == ',' || c == '\n' || c == '\r') {
                        return field(start);
                    }
                    refuseControl(c);
                }
            }
            carried.append(buffer, start, position - start);
            if (!fill()) {
                return carried.toString();
            }
            start = 0;
        }
    }

    /** PostgreSQL cannot store NUL in text, and no other control character belongs in a value. */
    private void refuseControl(int c) throws MalformedCsvException {
        if (c < ' ' && c != '\t') {
            throw new MalformedCsvException(line, String.format("a control character (U+%04X) in a field", c));
        }
    }

    private String field(int start) {
        if (carried.isEmpty()) {
            return new String(buffer, start, position - start);
        }
        return carried.append(buffer, start, position - start).toString();
    }

    /** A quoted field after its opening quote, up to and including its closing quote. */
    private String quoted(int startLine) throws IOException, MalformedCsvException {
        var text = new StringBuilder();
        while (true) {
            int c = read();
            if (c == -1) {
                throw new MalformedCsvException(startLine, "a quoted field is never closed");
            }
            if (c == '"') {
                if (peek() != '"') {
                    return text.toString();
                }
                position++;
            } else if (c == '\n') {
                line++;
            } else if (c != '\r') {
                refuseControl(c);
            }
            text.append((char) c);
        }
    }
}
