package dev.connectconformance.suite.support;

/**
 * How many numbers the replicated instance held before a request that must change nothing; the Then step
 * compares against it.
 */
public final class NumbersBefore {

    private String instanceArn;
    private Integer count;

    public void record(String instanceArn, int count) {
        this.instanceArn = instanceArn;
        this.count = count;
    }

    public String instanceArn() {
        check();
        return instanceArn;
    }

    public int count() {
        check();
        return count;
    }

    private void check() {
        if (count == null) {
            throw new IllegalStateException("no step counted the instance's numbers before its request");
        }
    }
}
