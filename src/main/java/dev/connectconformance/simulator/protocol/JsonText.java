package dev.connectconformance.simulator.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Writes a JSON tree as compact text, the same text {@code JsonNode.toString()} gives, straight through a
 * streaming generator. {@code toString()} goes through a serializer provider created per call, which was a
 * third of the simulator's own time for a small response such as DescribePhoneNumber's.
 */
final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int KEPT_BUFFER_CHARS = 64 * 1024;
    private static final ThreadLocal<CharArrayWriter> BUFFER = ThreadLocal.withInitial(() -> new CharArrayWriter(8192));
    private static final ThreadLocal<ByteArrayOutputStream> BYTES =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(8192));

    private JsonText() {
    }

    static String of(JsonNode node) {
        return render(generator -> write(generator, node));
    }

    /** An SDK object's JSON (as {@link SdkPojoJson#write(SdkPojo)} gives it), written without a tree. */
    static String of(SdkPojo pojo) {
        return render(generator -> SdkPojoJson.write(pojo, generator));
    }

    /** A tree's JSON as UTF-8 bytes, what goes on the wire. */
    static byte[] bytesOf(JsonNode node) {
        return renderBytes(generator -> write(generator, node));
    }

    /**
     * An SDK object's JSON as UTF-8 bytes, written by Jackson's byte generator: no String is built and WireMock
     * does not encode the answer again, which was most of the cost of a page of numbers beyond the stub's.
     */
    static byte[] bytesOf(SdkPojo pojo) {
        return renderBytes(generator -> SdkPojoJson.write(pojo, generator));
    }

    /** The same, copying the JSON {@code repeated} keeps for objects shown before. */
    static byte[] bytesOf(SdkPojo pojo, RepeatedJson repeated) {
        return renderBytes(generator -> SdkPojoJson.write(pojo, generator, repeated));
    }

    /**
     * An object's JSON in a buffer of its own: {@link RepeatedJson} writes a part of an answer while the answer
     * itself is being written into this thread's buffer.
     */
    static byte[] separateBytesOf(SdkPojo pojo) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator generator = FACTORY.createGenerator(bytes)) {
            SdkPojoJson.write(pojo, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON failed", e);
        }
        return bytes.toByteArray();
    }

    private interface Content {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    /**
     * Renders into a buffer each thread keeps: a StringWriter grew (and copied) its way to each response's size,
     * under a lock, which was the larger part of writing a page of numbers. A buffer grown past
     * {@link #KEPT_BUFFER_CHARS} by an unusually large answer is not kept.
     */
    private static String render(Content content) {
        CharArrayWriter text = BUFFER.get();
        text.reset();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            content.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        String rendered = text.toString();
        if (text.size() > KEPT_BUFFER_CHARS) {
            BUFFER.remove();
        }
        return rendered;
    }

    /** Like {@link #render} into a per-thread byte buffer; an unusually large one is not kept. */
    private static byte[] renderBytes(Content content) {
        ByteArrayOutputStream bytes = BYTES.get();
        bytes.reset();
        try (JsonGenerator generator = FACTORY.createGenerator(bytes)) {
            content.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON failed", e);
        }
        byte[] rendered = bytes.toByteArray();
        if (rendered.length > KEPT_BUFFER_CHARS) {
            BYTES.remove();
        }
        return rendered;
    }

    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                generator.writeFieldName(field.getKey());
                write(generator, field.getValue());
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else if (node.isTextual()) {
            generator.writeString(node.textValue());
        } else if (node.isNull()) {
            generator.writeNull();
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else if (node.isInt() || node.isLong() || node.isShort()) {
            generator.writeNumber(node.longValue());
        } else if (node.isBigInteger()) {
            generator.writeNumber(node.bigIntegerValue());
        } else if (node.isBigDecimal()) {
            generator.writeNumber(node.decimalValue());
        } else if (node.isFloat()) {
            generator.writeNumber(node.floatValue());
        } else if (node.isDouble()) {
            generator.writeNumber(node.doubleValue());
        } else {
            // binary, POJO or missing nodes never occur in responses; keep Jackson's own rendering for them
            generator.writeRawValue(node.toString());
        }
    }
}
