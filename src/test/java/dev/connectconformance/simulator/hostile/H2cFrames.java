package dev.connectconformance.simulator.hostile;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Just enough HTTP/2 over cleartext (prior knowledge) to open many streams on one connection and feed their
 * bodies slowly: the preface, SETTINGS, HEADERS with literal HPACK fields, DATA, and a reader of frame headers.
 */
final class H2cFrames {

    static final int DATA = 0x0;
    static final int HEADERS = 0x1;
    static final int RST_STREAM = 0x3;
    static final int SETTINGS = 0x4;
    static final int GOAWAY = 0x7;
    private static final int END_STREAM = 0x1;
    private static final int END_HEADERS = 0x4;
    private static final int ACK = 0x1;

    /** A frame as read: its type, flags, stream and payload. */
    record Frame(int type, int flags, int streamId, byte[] payload) {
        int errorCode() {
            return ((payload[0] & 0xff) << 24) | ((payload[1] & 0xff) << 16) | ((payload[2] & 0xff) << 8)
                    | (payload[3] & 0xff);
        }

        int lastStreamId() {
            return errorCode() & 0x7fffffff; // GOAWAY: the same first four bytes
        }

        boolean isSettingsToAcknowledge() {
            return type == SETTINGS && (flags & ACK) == 0;
        }
    }

    private H2cFrames() {
    }

    static void preface(OutputStream out) throws IOException {
        out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        frame(out, SETTINGS, 0, 0, new byte[0]);
    }

    static void settingsAck(OutputStream out) throws IOException {
        frame(out, SETTINGS, ACK, 0, new byte[0]);
    }

    /** A request's headers, pseudo-headers first, without END_STREAM: its body is still to come. */
    static void headers(OutputStream out, int streamId, Map<String, String> pseudo, Map<String, String> fields)
            throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        pseudo.forEach((name, value) -> literal(block, name, value));
        fields.forEach((name, value) -> literal(block, name, value));
        frame(out, HEADERS, END_HEADERS, streamId, block.toByteArray());
    }

    static void data(OutputStream out, int streamId, byte[] bytes) throws IOException {
        frame(out, DATA, 0, streamId, bytes);
    }

    /** The rest of a body, with END_STREAM: the request is complete. */
    static void lastData(OutputStream out, int streamId, byte[] bytes) throws IOException {
        frame(out, DATA, END_STREAM, streamId, bytes);
    }

    static Frame read(DataInputStream in) throws IOException {
        int length = (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
        int type = in.readUnsignedByte();
        int flags = in.readUnsignedByte();
        int streamId = in.readInt() & 0x7fffffff;
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame(type, flags, streamId, payload);
    }

    static DataInputStream input(InputStream in) {
        return new DataInputStream(in);
    }

    private static void frame(OutputStream out, int type, int flags, int streamId, byte[] payload) throws IOException {
        byte[] head = {(byte) (payload.length >>> 16), (byte) (payload.length >>> 8), (byte) payload.length,
                (byte) type, (byte) flags, (byte) (streamId >>> 24), (byte) (streamId >>> 16),
                (byte) (streamId >>> 8), (byte) streamId};
        out.write(head);
        out.write(payload);
        out.flush();
    }

    /** "Literal header field without indexing, new name", no Huffman coding (RFC 7541, 6.2.2). */
    private static void literal(ByteArrayOutputStream block, String name, String value) {
        block.write(0x00);
        string(block, name.getBytes(StandardCharsets.US_ASCII));
        string(block, value.getBytes(StandardCharsets.US_ASCII));
    }

    private static void string(ByteArrayOutputStream block, byte[] text) {
        integer(block, text.length);
        block.writeBytes(text);
    }

    /** An HPACK integer with a 7-bit prefix (RFC 7541, 5.1), the Huffman bit left clear. */
    private static void integer(ByteArrayOutputStream block, int value) {
        if (value < 127) {
            block.write(value);
            return;
        }
        block.write(127);
        int rest = value - 127;
        while (rest >= 128) {
            block.write((rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        block.write(rest);
    }
}
