package dev.connectconformance.benchmark;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.Ids;
import dev.connectconformance.simulator.state.NumberInventory;
import dev.connectconformance.simulator.state.NumberInventory.AvailableNumber;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.time.Instant;
import java.util.List;

/**
 * Claims inventory numbers straight into an account's state (a 100k-number account through 100k HTTP claims
 * would measure the claims, not the listing). The numbers are real inventory numbers, taken from the shared
 * pool like a claim takes them, across countries: the US DID ranges alone hold about 69,000.
 */
final class NumberSeeder {

    private static final List<String[]> KINDS = List.of(new String[] {"US", "DID"}, new String[] {"AU", "DID"},
            new String[] {"GB", "DID"}, new String[] {"JP", "DID"}, new String[] {"DE", "DID"},
            new String[] {"CA", "DID"}, new String[] {"US", "TOLL_FREE"}, new String[] {"GB", "TOLL_FREE"});

    private NumberSeeder() {
    }

    /** Puts {@code count} CLAIMED numbers on {@code targetArn}, claimed in {@code region}. */
    static void seed(ConnectSimulator simulator, String accountId, String region, String targetArn, int count) {
        AccountState account = simulator.store().account(accountId);
        NumberInventory inventory = simulator.store().inventory();
        Instant now = simulator.clock().now();
        int placed = account.exclusively(now, () -> {
            int done = 0;
            for (String[] kind : KINDS) {
                for (AvailableNumber available : inventory.search(kind[0], kind[1], null, null, now, count - done)) {
                    PhoneNumberRecord number = new PhoneNumberRecord(Ids.newId(), available.phoneNumber(),
                            available.countryCode(), available.type(), region, null);
                    if (!inventory.take(available.phoneNumber(), account.holder(number), now)) {
                        continue;
                    }
                    number.markClaimed();
                    account.addPhoneNumber(number, targetArn, targetArn);
                    done++;
                }
            }
            return done;
        });
        if (placed < count) {
            throw new IllegalStateException("the inventory had only " + placed + " free numbers, " + count
                    + " wanted");
        }
    }
}
