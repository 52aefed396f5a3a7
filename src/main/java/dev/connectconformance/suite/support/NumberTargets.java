package dev.connectconformance.suite.support;

/**
 * The targets the phone-number steps claim and move numbers to, shared by their step classes: the replicated
 * instance and, once a scenario makes one, a second instance.
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

    /** Null until a step made the second instance. */
    public String secondInstanceArn() {
        return secondInstanceArn;
    }
}
