package dev.connectconformance.simulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Clients that send their bodies a byte at a time used to hold a request thread each, so twenty of them stopped
 * every answer. Now a body on its way costs no thread: with 200 such connections, or one h2c connection opening
 * many slow streams, another client is answered while every slow body is still on its way (had a slow body held a
 * thread the other client needed, it could only be answered once slow bodies were refused or done), and a body
 * that never completes is refused with a 408 once its time is up. No assertion depends on how fast the machine is;
 * the bounds on waits only keep a regression from hanging.
 */
class SlowClientsTest extends EdgeTestBase {

    private static final int SLOW_CONNECTIONS = 200;
    private static final int H2C_STREAMS = 100;
    private static final int OTHER_CALLS = 40;
    private static final byte[] FIRST_BYTES = "{\"Max".getBytes(StandardCharsets.US_ASCII);

    @Test
    void twoHundredSlowBodiesLeaveOtherClientsAnswered() throws Exception {
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean trickling = new AtomicBoolean(true);
        Thread trickler = null;
        try {
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket socket = new Socket("127.0.0.1", simulator.port());
                slow.add(socket);
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(head(1000, "Expect: 100-continue\r\n"));
                // The interim answer comes when the server starts to read the body: the request is in its hands.
                assertThat(readHead(socket)).as("slow connection %d", i).startsWith("HTTP/1.1 100 ");
                socket.getOutputStream().write("{\"MaxResults\"".getBytes(StandardCharsets.US_ASCII));
            }
            trickler = new Thread(() -> trickle(slow, trickling), "trickler");
            trickler.start();

            List<Integer> statuses = callOtherClient(OTHER_CALLS);

            assertThat(statuses).as("the other client's answers").hasSize(OTHER_CALLS).containsOnly(200);
            assertThat(slow.stream().map(SlowClientsTest::state).distinct())
                    .as("the slow connections, once the other client was served").containsExactly("waiting");
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
            socket.setSoTimeout(30_000);
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
            // The server reads the streams in order and refuses those past its cap: once it has refused all but
            // 32, it has taken the first 32.
            await().atMost(Duration.ofSeconds(30)).until(() -> reset.size() >= H2C_STREAMS - 32);
            List<Integer> taken = IntStream.range(0, H2C_STREAMS).map(i -> 1 + 2 * i)
                    .filter(id -> !reset.contains(id) && id <= goAwayLastStream.get()).boxed().toList();
            System.out.printf("h2c streams taken: %d of %d (%d refused%s)%n", taken.size(), H2C_STREAMS, reset.size(),
                    goAwayLastStream.get() == Integer.MAX_VALUE ? "" : "; GOAWAY after stream " + goAwayLastStream);
            assertThat(taken).as("streams the server took on one connection").hasSize(32)
                    .allMatch(streamId -> streamId < 2 * 32);
            // Bodies start to arrive on the streams taken; the data stops there, a few bytes in.
            for (int streamId : taken) {
                synchronized (out) {
                    H2cFrames.data(out, streamId, FIRST_BYTES);
                }
            }

            List<Integer> statuses = callOtherClient(OTHER_CALLS);

            assertThat(statuses).as("the other client's answers").hasSize(OTHER_CALLS).containsOnly(200);
            assertThat(answered).as("slow streams answered while the other client was served").isEmpty();
            assertThat(taken).as("slow streams reset while the other client was served").noneMatch(reset::contains);

            // The taken streams still complete once their bodies do (abandoned, they would wait out the body timeout).
            byte[] rest = ("Results\":5}" + " ".repeat(1000 - FIRST_BYTES.length - 11)).getBytes(StandardCharsets.US_ASCII);
            for (int streamId : taken) {
                synchronized (out) {
                    H2cFrames.lastData(out, streamId, rest);
                }
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> answered.size() >= taken.size());
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
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000); // a hang guard: the answer is due after the 1 s body timeout
            socket.getOutputStream().write(("POST /phone-number/list HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + authorization + "\r\nContent-Length: 1000\r\n\r\n{\"MaxResults\"")
                    .getBytes(StandardCharsets.US_ASCII));

            // The whole answer up to the end of the stream: the server closes the connection after it.
            Answer answer = RawSocketHttp.parse(socket.getInputStream().readAllBytes());

            assertAwsError(answer, 408, "RequestTimeoutException", "did not arrive within 1 s");
        } finally {
            server.stop();
        }
    }

    // ---- helpers ----

    private static byte[] head(int contentLength, String moreHeaders) {
        return ("POST /phone-number/list HTTP/1.1\r\nHost: 127.0.0.1:" + simulator.port() + "\r\nAuthorization: "
                + authorization + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength
                + "\r\n" + moreHeaders + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads one answer head (up to the empty line), byte by byte so nothing after it is consumed. */
    private static String readHead(Socket socket) throws IOException {
        StringBuilder head = new StringBuilder();
        InputStream in = socket.getInputStream();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed after " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /**
     * "waiting" while the server has neither answered nor closed this connection: what it sent (an answer, or the
     * end of the stream) would already be there to read, so a read that finds nothing within a millisecond means
     * nothing has come.
     */
    private static String state(Socket socket) {
        try {
            socket.setSoTimeout(1);
            return socket.getInputStream().read() < 0 ? "closed" : "answered";
        } catch (SocketTimeoutException nothingYet) {
            return "waiting";
        } catch (IOException e) {
            return "failed: " + e;
        }
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

    /** Another client's calls, one after the other, each on a new connection; returns their statuses. */
    private static List<Integer> callOtherClient(int calls) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            statuses.add(http.send("GET", "/instance", Map.of("Authorization", authorization), null).status());
        }
        return statuses;
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

    private static InputStream socketInput(Socket socket) {
        try {
            return socket.getInputStream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
