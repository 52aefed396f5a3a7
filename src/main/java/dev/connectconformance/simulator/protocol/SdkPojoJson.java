package dev.connectconformance.simulator.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.Buildable;

/**
 * Converts between restJson1 JSON and the AWS SDK's own model classes, driven by their {@code sdkFields()}.
 * This gives the simulator typed requests and responses without a hand-written DTO per shape. Input is
 * validated against the service model before it gets here, so values already have the right JSON types.
 */
public final class SdkPojoJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<Class<?>, Member[]> MEMBERS = new ConcurrentHashMap<>();

    private SdkPojoJson() {
    }

    /** Fills a fresh SDK builder from a JSON object keyed by member (or wire) names and builds it. */
    @SuppressWarnings("unchecked")
    public static <T extends SdkPojo> T read(SdkPojo builder, JsonNode json) {
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode value = json.get(field.memberName());
            if (value == null) {
                value = json.get(field.locationName());
            }
            if (value != null && !value.isNull()) {
                field.set(builder, readValue(field, value));
            }
        }
        return (T) ((Buildable) builder).build();
    }

    private static Object readValue(SdkField<?> field, JsonNode value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return value.asText();
        } else if (type == MarshallingType.INTEGER) {
            return value.asInt();
        } else if (type == MarshallingType.LONG) {
            return value.asLong();
        } else if (type == MarshallingType.DOUBLE) {
            return value.asDouble();
        } else if (type == MarshallingType.FLOAT) {
            return (float) value.asDouble();
        } else if (type == MarshallingType.BOOLEAN) {
            return value.asBoolean();
        } else if (type == MarshallingType.INSTANT) {
            return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
        } else if (type == MarshallingType.SDK_POJO) {
            return read(field.constructor().get(), value);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            value.forEach(element -> list.add(readValue(member, element)));
            return list;
        } else if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> map.put(e.getKey(), readValue(member, e.getValue())));
            return map;
        }
        throw new IllegalArgumentException("unsupported member type " + type + " for " + field.memberName());
    }

    /** Writes the payload members of an SDK object as restJson1 JSON: wire names, epoch-second timestamps. */
    public static ObjectNode write(SdkPojo pojo) {
        ObjectNode node = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !isAutoConstructEmpty(value)) {
                node.set(field.locationName(), writeValue(field, value));
            }
        }
        return node;
    }

    /**
     * Writes the same JSON as {@link #write(SdkPojo)} straight to a generator, without building a tree: for a page
     * of 25 numbers the tree and its rendering were most of the simulator's own time per request.
     */
    public static void write(SdkPojo pojo, JsonGenerator json) throws IOException {
        write(pojo, json, null);
    }

    /** The same, copying the JSON of objects {@code repeated} keeps instead of writing them again (null: none). */
    static void write(SdkPojo pojo, JsonGenerator json, RepeatedJson repeated) throws IOException {
        json.writeStartObject();
        for (Member member : MEMBERS.computeIfAbsent(pojo.getClass(), type -> Member.of(pojo))) {
            Object value = member.field().getValueOrDefault(pojo);
            if (value != null && !isAutoConstructEmpty(value)) {
                json.writeFieldName(member.name());
                writeValue(member.field(), value, json, repeated);
            }
        }
        json.writeEndObject();
    }

    /** A member of an SDK class with its wire name quoted and escaped once, not on every response. */
    private record Member(SdkField<?> field, SerializableString name) {
        static Member[] of(SdkPojo pojo) {
            return pojo.sdkFields().stream().map(f -> new Member(f, new SerializedString(f.locationName())))
                    .toArray(Member[]::new);
        }
    }

    private static void writeValue(SdkField<?> field, Object value, JsonGenerator json, RepeatedJson repeated)
            throws IOException {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            json.writeString(String.valueOf(value));
        } else if (type == MarshallingType.INSTANT) {
            json.writeNumber(epochSeconds((Instant) value));
        } else if (type == MarshallingType.SDK_POJO && repeated != null && repeated.keeps(value)) {
            json.writeRawValue(repeated.of((SdkPojo) value, JsonText::separateBytesOf));
        } else if (type == MarshallingType.SDK_POJO) {
            write((SdkPojo) value, json, repeated);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            json.writeStartArray();
            for (Object element : (List<?>) value) {
                writeValue(member, element, json, repeated);
            }
            json.writeEndArray();
        } else if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(member, entry.getValue(), json, repeated);
            }
            json.writeEndObject();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Float f) {
            json.writeNumber(f);
        } else {
            json.writeString(String.valueOf(value));
        }
    }

    private static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3).stripTrailingZeros();
    }

    private static boolean isAutoConstructEmpty(Object value) {
        return value instanceof software.amazon.awssdk.core.util.SdkAutoConstructList
                || value instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap;
    }

    private static JsonNode writeValue(SdkField<?> field, Object value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.INSTANT) {
            return NODES.numberNode(epochSeconds((Instant) value));
        } else if (type == MarshallingType.SDK_POJO) {
            return write((SdkPojo) value);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            ((List<?>) value).forEach(element -> array.add(writeValue(member, element)));
            return array;
        } else if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            ObjectNode map = NODES.objectNode();
            ((Map<?, ?>) value).forEach((k, v) -> map.set(String.valueOf(k), writeValue(member, v)));
            return map;
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        } else if (value instanceof Double d) {
            return NODES.numberNode(d);
        } else if (value instanceof Float f) {
            return NODES.numberNode(f);
        }
        return NODES.textNode(String.valueOf(value));
    }
}
