package dev.connectconformance.suite.support;

import java.util.Optional;

/**
 * The targets the phone-number steps claim, move and list numbers on: the replicated instance and, once a
 * scenario makes one, a second instance; groups come from the scenario's named groups.
 */
public final class NumberTargets {

    private final ScenarioContext context;
    private final World world;
    private String secondInstanceArn;

    public NumberTargets(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
    }

    /** The replicated instance's ARN as the source region names it. */
    public String instanceArn() {
        return world.instanceArn(world.replicatedInstance(), context.sourceRegion());
    }

    public void secondInstanceArn(String arn) {
        secondInstanceArn = arn;
    }

    public NumberTarget instance() {
        return new NumberTarget("the instance", instanceArn(), Optional.empty(), true);
    }

    public NumberTarget secondInstance() {
        if (secondInstanceArn == null) {
            throw new IllegalStateException("no second instance in this scenario yet");
        }
        return new NumberTarget("the second instance", secondInstanceArn, Optional.empty(), false);
    }

    public NumberTarget group(GroupRef group) {
        return new NumberTarget("the traffic distribution group \"" + group.name() + "\"", group.arn(),
                Optional.of(group), false);
    }
}
