package dev.connectconformance.suite.support;

import java.util.HashSet;
import java.util.Set;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;

/**
 * ClaimPhoneNumber requests whose outcome a Then step judges. The last phone number and target asked for are
 * kept, since later steps repeat that claim or check that it left nothing behind.
 */
public final class NumberClaims {

    private final ScenarioContext context;
    private final World world;
    private String lastPhoneNumber;
    private String lastTarget;

    public NumberClaims(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
    }

    /** Claims a number on offer for the target, one the scenario does not hold already. */
    public void claimFresh(String name, String targetArn, String region, String token) {
        claim(name, freshNumber(targetArn), targetArn, region, token);
    }

    /** A number on offer for the target that none of the scenario's numbers has (an earlier claim may still show). */
    public String freshNumber(String targetArn) {
        Set<String> held = new HashSet<>();
        context.numbers().forEach(n -> held.add(n.phoneNumber()));
        for (int attempt = 0; attempt < 10; attempt++) {
            String offered = world.availableNumber(context.source(), targetArn);
            if (!held.contains(offered)) {
                return offered;
            }
        }
        throw new AssertionError("the offer for " + targetArn + " holds only numbers this scenario has: " + held);
    }

    /** Claims the given phone number; if the service accepts, the scenario knows it as {@code name}. */
    public void claim(String name, String phoneNumber, String targetArn, String region, String token) {
        lastPhoneNumber = phoneNumber;
        lastTarget = targetArn;
        ClaimPhoneNumberResponse claimed = context.attempt("ClaimPhoneNumber", () -> context.in(region)
                .claimPhoneNumber(b -> b.targetArn(targetArn).phoneNumber(phoneNumber).clientToken(token)));
        if (claimed != null) {
            NumberRef number = new NumberRef(name, claimed.phoneNumberId(), claimed.phoneNumberArn(), phoneNumber);
            world.registerRelease(number);
            context.number(number);
        }
    }

    /** Claims the given phone number in the source region without a target (the target is required). */
    public void claimWithoutTarget(String phoneNumber) {
        lastPhoneNumber = phoneNumber;
        context.attempt("ClaimPhoneNumber", () -> context.source().claimPhoneNumber(b -> b.phoneNumber(phoneNumber)));
    }

    public String lastPhoneNumber() {
        return lastPhoneNumber;
    }

    public String lastTarget() {
        return lastTarget;
    }
}
