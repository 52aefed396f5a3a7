package dev.connectconformance.simulator.statefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.state.PendingEffect;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of pending work the domain has maps to a state-file document and back unchanged, under the name
 * formatVersion 1 gives it; a new kind without a document fails here, not in a user's file.
 */
class PendingWorkMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The names formatVersion 1 files carry (docs/state-format.md, "Pending work"). */
    private static final List<String> FORMAT_V1_NAMES = List.of("ClaimSettles", "MoveSettles", "MetadataSettles",
            "ReleaseSettles", "FailedClaimExpires", "InstanceBecomesActive", "ReplicationSettles",
            "GroupCreationSettles", "GroupUpdateSettles", "GroupDeletionSettles");

    @Test
    void everyKindOfPendingWorkMapsToADocumentAndBack() throws Exception {
        List<String> names = new ArrayList<>();
        for (Class<?> kind : PendingEffect.class.getPermittedSubclasses()) {
            PendingEffect effect = sample(kind);

            PendingWorkDocument document = PendingWorkMapping.toDocument(effect);

            assertThat(PendingWorkMapping.toEffect(document)).isEqualTo(effect);
            names.add(written(document).path("effect").asText());
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(FORMAT_V1_NAMES);
    }

    @Test
    void aDocumentIsWrittenWithItsNameFirstAndWithoutNullFields() throws Exception {
        JsonNode written = written(new PendingWorkDocument.MoveSettles(Instant.parse("2026-01-01T00:00:00Z"), "n-1",
                null, null));

        assertThat(written.toString()).isEqualTo(
                "{\"effect\":\"MoveSettles\",\"due\":\"2026-01-01T00:00:00Z\",\"resourceId\":\"n-1\"}");
    }

    @Test
    void aDocumentIsReadByItsFormatName() {
        AccountDocument account = StateFormat.read(("{\"formatVersion\":1,\"accounts\":{\"111122223333\":"
                + "{\"pendingWork\":[{\"effect\":\"GroupDeletionSettles\",\"due\":\"2026-01-01T00:00:00Z\","
                + "\"resourceId\":\"g-1\",\"fails\":true}]}}}").getBytes()).accounts().get("111122223333");

        assertThat(account.pendingWork()).containsExactly(new PendingWorkDocument.GroupDeletionSettles(
                Instant.parse("2026-01-01T00:00:00Z"), "g-1", true));
    }

    private static JsonNode written(PendingWorkDocument document) throws Exception {
        AccountDocument account = new AccountDocument(null, null, null, null, List.of(document));
        byte[] bytes = StateFormat.bytes(new StateDocument(1, null, null, null, null, Map.of("111122223333", account)));
        return JSON.readTree(bytes).path("accounts").path("111122223333").path("pendingWork").get(0);
    }

    /** An instance of a record kind with a value for each component (a time, a text, true). */
    private static PendingEffect sample(Class<?> kind) throws Exception {
        RecordComponent[] components = kind.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = types[i] == Instant.class ? Instant.parse("2026-01-01T00:00:0" + i + "Z")
                    : types[i] == boolean.class ? Boolean.TRUE
                    : components[i].getName() + "-" + kind.getSimpleName();
        }
        Constructor<?> canonical = kind.getDeclaredConstructor(types);
        return (PendingEffect) canonical.newInstance(values);
    }
}
