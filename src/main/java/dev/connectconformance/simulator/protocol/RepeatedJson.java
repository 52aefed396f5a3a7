package dev.connectconformance.simulator.protocol;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;

/**
 * The JSON of SDK objects the simulator shows again and again unchanged: a claimed number in every page that
 * lists it and in every DescribePhoneNumber. Writing a page of 25 numbers member by member was the simulator's
 * largest cost beyond a plain stub's; copying each number's JSON is not.
 *
 * <p>Kept by value (SDK objects compare member by member), so an entry is never stale: a number whose target,
 * description or status changed is a different object with JSON of its own, and objects of different accounts
 * differ in their ARNs. Bounded: a full cache starts over, so walking more numbers than it holds costs what it
 * cost without it. Hand-written rather than a caching library so that the simulator jar, which users put on
 * their test classpath, brings no library of that kind that could clash with theirs.
 */
final class RepeatedJson {

    /**
     * About 1.1 kB an entry (measured for numbers with a description: the object, its text, its UTF-8 bytes and the
     * map's node), so under 5 MB per simulator; 160 pages of 25 numbers stay in it.
     */
    static final int DEFAULT_CAPACITY = 4_096;
    private static final Set<Class<?>> KEPT = Set.of(ListPhoneNumbersSummary.class, ClaimedPhoneNumberSummary.class);

    private final int capacity;
    private final Map<SdkPojo, SerializableString> written = new ConcurrentHashMap<>();

    RepeatedJson(int capacity) {
        this.capacity = capacity;
    }

    static RepeatedJson withDefaultCapacity() {
        return new RepeatedJson(DEFAULT_CAPACITY);
    }

    /** Whether objects of this kind are kept: only kinds shown repeatedly, so rarely seen ones never crowd them out. */
    boolean keeps(Object value) {
        return KEPT.contains(value.getClass());
    }

    /** The object's JSON, written by {@code write} the first time an equal object is seen. */
    SerializableString of(SdkPojo pojo, Function<SdkPojo, byte[]> write) {
        SerializableString kept = written.get(pojo);
        if (kept != null) {
            return kept;
        }
        SerializedString json = new SerializedString(new String(write.apply(pojo), StandardCharsets.UTF_8));
        json.asUnquotedUTF8(); // encoded once here, not by the first requests that copy it
        if (written.size() >= capacity) {
            written.clear();
        }
        written.put(pojo, json);
        return json;
    }

    int size() {
        return written.size();
    }
}
