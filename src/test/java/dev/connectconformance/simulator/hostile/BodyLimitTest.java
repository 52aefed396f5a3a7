package dev.connectconformance.simulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.connectconformance.simulator.hostile.RawSocketHttp.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The 1 MiB body limit holds while the body is read and while it is decoded: a 300 MB body is refused before it
 * is buffered, an endless chunked one after the limit, and gzip bombs (1 MB on the wire, 1 GB inflated) stop at the
 * limit, so six at once leave the heap nearly where it was while another client keeps being answered.
 */
class BodyLimitTest extends EdgeTestBase {

    private static final long HEAP_GROWTH_LIMIT = 256L * 1024 * 1024;

    @Test
    void a300MegabyteBodyIsRefusedBeforeItIsBuffered() throws Exception {
        Streamed streamed = streamUntilCut("Content-Length: " + (300L << 20), false);
        assertAwsError(streamed.answer(), 413, "RequestEntityTooLargeException", "Request body of 314572800 bytes");
        assertThat(streamed.heapGrowth()).as("heap growth in bytes").isLessThan(64L << 20);
    }

    @Test
    void anEndlessChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
        Streamed streamed = streamUntilCut("Transfer-Encoding: chunked", true);
        assertAwsError(streamed.answer(), 413, "RequestEntityTooLargeException", "more than 1048576 bytes");
        assertThat(streamed.heapGrowth()).as("heap growth in bytes").isLessThan(64L << 20);
    }

    @Test
    void sixConcurrentGzipBombsStopAtTheLimitAndOthersAreStillAnswered() throws Exception {
        byte[] bomb = gzipBomb(1000L << 20);
        assertThat(bomb.length).as("the bomb itself is within the wire limit").isLessThan(1 << 20);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean bombing = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (bombing.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.onSpinWait();
            }
        }, "heap-sampler");
        sampler.start();
        AtomicInteger othersAnswered = new AtomicInteger();
        List<Integer> otherStatuses = new ArrayList<>();
        Thread other = new Thread(() -> {
            while (bombing.get()) {
                int status = http.send("GET", "/instance", Map.of("Authorization", authorization), null).status();
                synchronized (otherStatuses) {
                    otherStatuses.add(status);
                }
                othersAnswered.incrementAndGet();
            }
        }, "other-client");
        other.start();

        ExecutorService bombers = Executors.newFixedThreadPool(6);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(bombers.submit(() -> http.send("POST", "/phone-number/list", Map.of("Authorization",
                        authorization, "Content-Type", "application/json", "Content-Encoding", "gzip"), bomb)));
            }
            for (Future<Answer> answer : answers) {
                assertAwsError(answer.get(60, TimeUnit.SECONDS), 413, "RequestEntityTooLargeException",
                        "exceeds the limit of 1048576 bytes");
            }
            // The other client is still answered after the bombs too: a few more of its calls come back.
            int answeredByNow = othersAnswered.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> othersAnswered.get() >= answeredByNow + 3);
        } finally {
            bombing.set(false);
            bombers.shutdownNow();
            sampler.join(5_000);
            other.join(20_000);
        }
        long growth = peak.get() - baseline;
        System.out.printf("six 1 MB gzip bombs (%d bytes each, 1000 MiB inflated): peak heap growth %d MiB, "
                + "other client answered %d times%n", bomb.length, growth >> 20, othersAnswered.get());
        assertThat(growth).as("peak heap growth in bytes").isLessThan(HEAP_GROWTH_LIMIT);
        assertThat(othersAnswered.get()).isPositive();
        assertThat(otherStatuses).containsOnly(200);
    }

    // ---- helpers ----

    private byte[] head(String framing) {
        return ("POST /phone-number/list HTTP/1.1\r\nHost: 127.0.0.1:" + simulator.port() + "\r\n"
                + "Authorization: " + authorization + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private record Streamed(Answer answer, long heapGrowth) {
    }

    /**
     * Sends a body far over the limit as fast as the server takes it, reading the answer meanwhile; returns once
     * the server has cut the connection (which it must, soon after its answer: nothing else stops this client).
     */
    private Streamed streamUntilCut(String framing, boolean chunked) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(20_000);
            Thread writer = new Thread(() -> writeUntilCut(socket, framing, chunked, sent, peak, memory), "big-body");
            writer.start();
            Answer answer = RawSocketHttp.parse(readHead(socket.getInputStream()));
            writer.join(20_000);
            assertThat(writer.isAlive()).as("the server ended the connection").isFalse();
            System.out.printf("%s: 413 after the client sent %d KiB; connection cut after %d ms%n", framing,
                    sent.get() / 1024, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            return new Streamed(answer, peak.get() - baseline);
        }
    }

    private void writeUntilCut(Socket socket, String framing, boolean chunked, AtomicLong sent, AtomicLong peak,
                               MemoryMXBean memory) {
        byte[] data = new byte[64 * 1024];
        Arrays.fill(data, (byte) ' ');
        data[0] = '{';
        byte[] chunkHead = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunkEnd = "\r\n".getBytes(StandardCharsets.US_ASCII);
        try {
            OutputStream out = socket.getOutputStream();
            out.write(head(framing));
            for (long total = 0; total < 300L << 20 || chunked; total += data.length) {
                if (chunked) {
                    out.write(chunkHead);
                }
                out.write(data);
                if (chunked) {
                    out.write(chunkEnd);
                }
                sent.addAndGet(data.length);
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            }
            socket.shutdownOutput();
            socket.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException cutByTheServer) {
            // expected: the server answered 413 and, after a short linger, closed
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            all.write(buffer, 0, n);
            if (all.toString(StandardCharsets.ISO_8859_1).contains("}")) {
                break;
            }
        }
        return all.toByteArray();
    }

    /** Zeros compress about a thousandfold: {@code inflated} bytes of them fit in about a thousandth as gzip. */
    private static byte[] gzipBomb(long inflated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        byte[] zeros = new byte[1 << 20];
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
            for (long written = 0; written < inflated; written += zeros.length) {
                gzip.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
