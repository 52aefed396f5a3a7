package dev.connectconformance.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.state.NumberInventory.AvailableNumber;
import dev.connectconformance.simulator.state.NumberInventory.Holder;
import dev.connectconformance.simulator.state.NumberInventory.NumberRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared pool: its shape, holds that belong to one claim, and the prefix index against a plain scan. */
class NumberInventoryTest {

    private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");
    private final NumberInventory inventory = new NumberInventory();

    @Test
    void noRangePrefixStartsAnotherSoEveryNumberHasOneRange() {
        List<NumberRange> ranges = NumberInventory.ranges();
        for (NumberRange a : ranges) {
            for (NumberRange b : ranges) {
                assertThat(a != b && b.prefix().startsWith(a.prefix())).as("%s and %s", a, b).isFalse();
            }
            assertThat(inventory.rangeOf(a.number(0))).contains(a);
            assertThat(inventory.rangeOf(a.number(a.count() - 1))).contains(a);
        }
        assertThat(inventory.rangeOf("+12015550099")).isEmpty();
        assertThat(inventory.rangeOf("+1201555010x")).isEmpty();
    }

    @Test
    void onlyTheClaimThatHoldsANumberCanReleaseIt() {
        String number = "+12015550100";
        Holder first = new Holder("111122223333", "first");
        Holder next = new Holder("444455556666", "next");
        assertThat(inventory.take(number, first, NOW)).isTrue();
        assertThat(inventory.take(number, next, NOW)).isFalse();

        assertThat(inventory.release(number, first, NOW.plusSeconds(60))).isTrue();
        assertThat(inventory.take(number, next, NOW.plusSeconds(59))).isFalse();
        assertThat(inventory.take(number, next, NOW.plusSeconds(60))).isTrue();

        // Work left over from the first claim must not touch the next one's hold.
        assertThat(inventory.release(number, first, NOW.plusSeconds(120))).isFalse();
        assertThat(inventory.giveBack(number, first)).isFalse();
        assertThat(inventory.holderOf(number)).contains(next);
        assertThat(inventory.giveBack(number, next)).isTrue();
        assertThat(inventory.isAvailable(number, NOW)).isTrue();
    }

    @Test
    void searchByPrefixFindsWhatAScanOfTheWholeKindFinds() {
        inventory.take("+12015550101", new Holder("111122223333", "a"), NOW);
        inventory.take("+441134960005", new Holder("111122223333", "b"), NOW);
        for (String[] query : List.of(new String[] {"US", "DID", "+1"}, new String[] {"US", "DID", "+1201555010"},
                new String[] {"US", "DID", "+12015550199"}, new String[] {"US", "DID", "+19"},
                new String[] {"US", "DID", "+1999"}, new String[] {"GB", "DID", "+44"},
                new String[] {"GB", "DID", "+441"}, new String[] {"GB", "DID", "+4420794"},
                new String[] {"GB", "DID", "+442079469"}, new String[] {"AU", "DID", "+61"},
                new String[] {"CA", "DID", "+1204"}, new String[] {"US", "TOLL_FREE", null},
                new String[] {"JP", "DID", "+8135555012"}, new String[] {"DE", "DID", "+4930"})) {
            List<String> expected = scan(query[0], query[1], query[2]);
            List<String> paged = new ArrayList<>();
            String after = null;
            List<AvailableNumber> page;
            do {
                page = inventory.search(query[0], query[1], query[2], after, NOW, 997);
                page.forEach(n -> paged.add(n.phoneNumber()));
                after = page.isEmpty() ? null : page.get(page.size() - 1).phoneNumber();
            } while (page.size() == 997);
            assertThat(paged).as("%s %s %s", (Object[]) query).isEqualTo(expected);
        }
    }

    private List<String> scan(String country, String type, String prefix) {
        return NumberInventory.ranges().stream().filter(r -> r.countryCode().equals(country) && r.type().equals(type))
                .flatMap(r -> IntStream.range(0, r.count()).mapToObj(r::number))
                .filter(n -> prefix == null || n.startsWith(prefix)).filter(n -> inventory.isAvailable(n, NOW))
                .sorted().toList();
    }
}
