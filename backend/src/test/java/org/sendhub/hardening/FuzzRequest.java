package org.sendhub.hardening;

import java.util.Map;

/** One malformed request: which operation it aims at, what was broken, and the bytes to send. */
record FuzzRequest(String operation, String fault, String method, String target, Map<String, String> headers,
        byte[] body) {
}
