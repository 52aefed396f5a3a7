package dev.connectconformance.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectconformance.simulator.admin.contract.InstanceQuotaChange;
import dev.connectconformance.simulator.admin.contract.PhoneNumberQuotaChange;
import dev.connectconformance.simulator.admin.contract.QuotasState;
import dev.connectconformance.simulator.state.QuotaSettings;

/**
 * {@code /quotas}: the claimed-number quota ({@code /quotas/phone-numbers}) and the instance quota (QT-01,
 * {@code /quotas/instances}), each for everyone or for one target or account. {@code POST /quotas} is the older
 * route for both, told apart by the body's key.
 */
final class QuotaChanges {

    private static final int MAX_QUOTA = 1_000_000;

    private final QuotaSettings quotas;

    QuotaChanges(QuotaSettings quotas) {
        this.quotas = quotas;
    }

    QuotasState state() {
        return new QuotasState(quotas.defaultPhoneNumbersPerTarget(), quotas.overrides(),
                quotas.defaultInstancesPerRegion(), quotas.instanceOverrides());
    }

    QuotasState setPhoneNumbers(JsonNode body) {
        PhoneNumberQuotaChange change = new PhoneNumberQuotaChange(
                AdminFields.requiredInt(body, "phoneNumbersPerTarget", 0, MAX_QUOTA), AdminFields.text(body, "targetArn"));
        if (change.targetArn() != null) {
            quotas.setFor(change.targetArn(), change.phoneNumbersPerTarget());
        } else {
            quotas.setDefault(change.phoneNumbersPerTarget());
        }
        return state();
    }

    QuotasState setInstances(JsonNode body) {
        InstanceQuotaChange change = new InstanceQuotaChange(
                AdminFields.requiredInt(body, "instancesPerRegion", 0, MAX_QUOTA), AdminFields.text(body, "accountId"));
        if (change.accountId() != null) {
            if (!change.accountId().matches("\\d{12}")) {
                throw new IllegalArgumentException("'accountId' must be an account id of 12 digits, not '"
                        + change.accountId() + "'");
            }
            quotas.setInstancesFor(change.accountId(), change.instancesPerRegion());
        } else {
            quotas.setDefaultInstancesPerRegion(change.instancesPerRegion());
        }
        return state();
    }

    /** The older {@code POST /quotas}: an {@code instancesPerRegion} key sets the instance quota, else the other. */
    QuotasState setEither(JsonNode body) {
        return body.has("instancesPerRegion") ? setInstances(body) : setPhoneNumbers(body);
    }
}
