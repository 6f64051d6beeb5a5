package org.sendhub.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.response.Response;

/** Requests sent at the same moment, as near as threads allow. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Runs the calls at the same moment (as near as threads allow) and returns their answers. */
    public static List<Response> atOnce(List<Callable<Response>> calls) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(calls.size());
        try {
            var futures = new ArrayList<Future<Response>>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var out = new ArrayList<Response>();
            for (var future : futures) {
                out.add(future.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

}
