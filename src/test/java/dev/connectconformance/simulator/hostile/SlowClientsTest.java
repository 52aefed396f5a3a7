package dev.connectconformance.simulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.connectconformance.simulator.SimulatedConnect;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.hostile.H2cFrames.Frame;
import dev.connectconformance.simulator.hostile.RawSocketHttp.Answer;
import dev.connectconformance.simulator.protocol.ConnectApiFilter;
import dev.connectconformance.simulator.security.AdminAccess;
import dev.connectconformance.simulator.security.BrowserOrigins;
import dev.connectconformance.simulator.server.EdgePolicy;
import dev.connectconformance.simulator.server.SimulatorHttpServerFactory;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Clients that send their bodies a byte at a time used to hold a request thread each, so twenty of them stopped
 * every answer. Now a body on its way costs no thread: with 200 such connections, or one h2c connection opening
 * many slow streams, another client's median answer stays under 100 ms (the bound; the figures are
 * printed), and a body that never completes is refused with a 408 once its time is up.
 */
class SlowClientsTest extends EdgeTestBase {

    private static final int SLOW_CONNECTIONS = 200;
    private static final int H2C_STREAMS = 100;
    private static final byte[] FIRST_BYTES = "{\"Max".getBytes(StandardCharsets.US_ASCII);

    @Test
    void twoHundredSlowBodiesLeaveOtherClientsAnswered() throws Exception {
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean trickling = new AtomicBoolean(true);
        Thread trickler = null;
        try {
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket socket = new Socket("127.0.0.1", simulator.port());
                socket.getOutputStream().write(head(1000));
                socket.getOutputStream().write("{\"MaxResults\"".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            trickler = new Thread(() -> trickle(slow, trickling), "trickler");
            trickler.start();
            Thread.sleep(300);
            List<Long> millis = timeOtherClient(40);
            report("200 slow HTTP/1.1 bodies", millis);
            assertThat(median(millis)).as("median answer in ms beside 200 slow bodies").isLessThan(100);
            assertThat(simulator.isRunning()).isTrue();
        } finally {
            trickling.set(false);
            if (trickler != null) {
                trickler.join(5_000);
            }
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void oneH2cConnectionWithManySlowStreamsIsCappedAndOthersAreAnswered() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            Set<Integer> reset = ConcurrentHashMap.newKeySet();
            AtomicInteger goAwayLastStream = new AtomicInteger(Integer.MAX_VALUE);
            Set<Integer> answered = ConcurrentHashMap.newKeySet();
            AtomicBoolean reading = new AtomicBoolean(true);
            Thread reader = new Thread(() -> readFrames(H2cFrames.input(socketInput(socket)), out, reset,
                    answered, goAwayLastStream, reading), "h2c-reader");
            synchronized (out) {
                H2cFrames.preface(out);
            }
            reader.start();
            Map<String, String> pseudo = new LinkedHashMap<>();
            pseudo.put(":method", "POST");
            pseudo.put(":scheme", "http");
            pseudo.put(":path", "/phone-number/list");
            pseudo.put(":authority", "127.0.0.1:" + simulator.port());
            Map<String, String> fields = Map.of("authorization", authorization, "content-type", "application/json",
                    "content-length", "1000");
            for (int i = 0; i < H2C_STREAMS; i++) {
                synchronized (out) {
                    H2cFrames.headers(out, 1 + 2 * i, pseudo, fields);
                }
            }
            for (int wait = 0; wait < 100 && reset.size() < H2C_STREAMS - 32; wait++) {
                Thread.sleep(50);
            }
            List<Integer> taken = IntStream.range(0, H2C_STREAMS).map(i -> 1 + 2 * i)
                    .filter(id -> !reset.contains(id) && id <= goAwayLastStream.get()).boxed().toList();
            // Bodies start to arrive on the streams taken; the data stops there, a few bytes in.
            for (int streamId : taken) {
                synchronized (out) {
                    H2cFrames.data(out, streamId, FIRST_BYTES);
                }
            }
            Thread.sleep(300);
            List<Long> millis = timeOtherClient(40);
            report(H2C_STREAMS + " slow h2c streams on one connection", millis);
            System.out.printf("h2c streams taken: %d of %d (%d refused%s)%n", taken.size(), H2C_STREAMS, reset.size(),
                    goAwayLastStream.get() == Integer.MAX_VALUE ? "" : "; GOAWAY after stream " + goAwayLastStream);
            assertThat(median(millis)).as("median answer in ms beside a connection of slow streams").isLessThan(100);
            assertThat(taken).as("streams the server took on one connection").hasSize(32)
                    .allMatch(streamId -> streamId < 2 * 32);

            // The taken streams still complete once their bodies do (abandoned, they would wait out the body timeout).
            byte[] rest = ("Results\":5}" + " ".repeat(1000 - FIRST_BYTES.length - 11)).getBytes(StandardCharsets.US_ASCII);
            for (int streamId : taken) {
                synchronized (out) {
                    H2cFrames.lastData(out, streamId, rest);
                }
            }
            for (int wait = 0; wait < 100 && answered.size() < taken.size(); wait++) {
                Thread.sleep(50);
            }
            assertThat(answered).as("streams answered once their bodies were complete").hasSameElementsAs(taken);
            reading.set(false);

        }
    }

    @Test
    void aBodyThatNeverCompletesIsRefusedWith408() throws Exception {
        SimulatedConnect connect = new SimulatedConnect(SimulatorSettings.defaults());
        EdgePolicy quick = new EdgePolicy(1 << 20, Duration.ofSeconds(1), new AdminAccess("127.0.0.1", null),
                new BrowserOrigins(List.of()));
        WireMockServer server = new WireMockServer(options().port(0).bindAddress("127.0.0.1")
                .extensions(SimulatorHttpServerFactory.hardened(quick),
                        ConnectApiFilter.answeringEveryRequest(connect.dispatcher())));
        server.start();
        try {
            long start = System.nanoTime();
            Answer answer = new RawSocketHttp(server.port()).exchange(
                    ("POST /phone-number/list HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
                            + "\r\nContent-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                    "{\"MaxResults\"".getBytes(StandardCharsets.US_ASCII));
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertAwsError(answer, 408, "RequestTimeoutException", "did not arrive within 1 s");
            assertThat(elapsed).isBetween(900L, 10_000L);
        } finally {
            server.stop();
        }
    }

    // ---- helpers ----

    private static byte[] head(int contentLength) {
        return ("POST /phone-number/list HTTP/1.1\r\nHost: 127.0.0.1:" + simulator.port() + "\r\nAuthorization: "
                + authorization + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** One byte per connection every 200 ms: never idle long enough to be closed, never done. */
    private static void trickle(List<Socket> sockets, AtomicBoolean trickling) {
        while (trickling.get()) {
            for (Socket socket : sockets) {
                try {
                    socket.getOutputStream().write(' ');
                } catch (IOException closed) {
                    // the test is ending, or the server gave up on this one
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static List<Long> timeOtherClient(int calls) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            Answer answer = http.send("GET", "/instance", Map.of("Authorization", authorization), null);
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertThat(answer.status()).isEqualTo(200);
        }
        return millis;
    }

    private static void readFrames(DataInputStream in, OutputStream out, Set<Integer> reset, Set<Integer> answered,
                                   AtomicInteger goAwayLastStream, AtomicBoolean reading) {
        try {
            while (reading.get()) {
                Frame frame = H2cFrames.read(in);
                if (frame.isSettingsToAcknowledge()) {
                    synchronized (out) {
                        H2cFrames.settingsAck(out);
                    }
                } else if (frame.type() == H2cFrames.GOAWAY) {
                    goAwayLastStream.set(frame.lastStreamId()); // Jetty's guard against reset floods
                } else if (frame.type() == H2cFrames.HEADERS) {
                    answered.add(frame.streamId());
                } else if (frame.type() == H2cFrames.RST_STREAM) {
                    reset.add(frame.streamId()); // REFUSED_STREAM, then STREAM_CLOSED for the DATA sent after it
                }
            }
        } catch (IOException closed) {
            // the test closed the connection
        }
    }

    private static java.io.InputStream socketInput(Socket socket) {
        try {
            return socket.getInputStream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void report(String beside, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("another client beside %s: median %d ms, p90 %d ms, max %d ms over %d calls%n", beside,
                median(millis), sorted.get(sorted.size() * 9 / 10), sorted.get(sorted.size() - 1), sorted.size());
    }
}
