package dev.connectconformance.suite.support;

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

    /** Claims a number on offer for the target. */
    public void claimFresh(String name, String targetArn, String region, String token) {
        claim(name, world.availableNumber(context.source(), targetArn), targetArn, region, token);
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
