package org.sendhub.hardening;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The analysts' CSV, valid and broken in each way a cell or a file can be. */
final class IndicatorCsv {

    static final String HEADER = "indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,"
            + "category,value,numerator,denominator,lower_ci,upper_ci,unit,note,suppression";

    private IndicatorCsv() {
    }

    static List<String> row(String code, String area) {
        return List.of(code, "Fuzz", area, "Fuzz area", "2021", "2021-01-01", "total", "total", "1.5", "3", "2",
                "", "", "percent", "a note", "");
    }

    static String valid(String code, String area) {
        return HEADER + "\n" + String.join(",", row(code, area)) + "\n";
    }

    static Map<String, byte[]> badFiles(String code, String area) {
        var files = new LinkedHashMap<String, byte[]>();
        List<String> cells = List.of("\u0000", "a\u0000b", "\"a\u0000b\"", "a\u0001b", "\u001b[31m", "+999999999-12-31",
                "99999-01-01", "-2021-01-01", "2021-02-30", "1e400", "1e-400", "NaN", "Infinity", "-0",
                "99999999999999999999999999999999999999", "x".repeat(5_000), "=cmd|' /C calc'!A0", "\"unclosed",
                "\"a\"b", "é", "\ud800", "  ", "12", "true", "E08000003\u0000");
        List<String> valid = row(code, area);
        for (int column = 0; column < valid.size(); column++) {
            for (String cell : cells) {
                var fields = new java.util.ArrayList<>(valid);
                fields.set(column, cell);
                files.put("column " + column + " = " + FuzzRequests.shorten(cell),
                        (HEADER + "\n" + String.join(",", fields) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        String line = String.join(",", valid);
        files.put("empty file", new byte[0]);
        files.put("byte-order mark only", "\ufeff".getBytes(StandardCharsets.UTF_8));
        files.put("header only", (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("NUL in the header", (HEADER.replace("note", "no\u0000te") + "\n" + line).getBytes(StandardCharsets.UTF_8));
        files.put("invalid UTF-8", concat((HEADER + "\n").getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC3, 0x28 }));
        files.put("UTF-16", valid(code, area).getBytes(StandardCharsets.UTF_16));
        files.put("carriage returns only", valid(code, area).replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        files.put("10,000 fields in a row", (HEADER + "\n" + ",".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        files.put("a line of 2 MB", (HEADER + "\n" + "x".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8));
        files.put("a quoted field never closed", (HEADER + "\n\"" + line).getBytes(StandardCharsets.UTF_8));
        files.put("JSON", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        files.put("binary", new byte[] { 0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0 });
        return files;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
