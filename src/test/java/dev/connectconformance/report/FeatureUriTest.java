package dev.connectconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureUriTest {

    @Test
    void aCheckoutAndTheJarsBundledCopyGiveTheSameName() {
        assertThat(FeatureUri.relative("file:///home/me/connect-conformance/features/phone-numbers/regions-and-lookup.feature"))
                .isEqualTo("features/phone-numbers/regions-and-lookup.feature");
        assertThat(FeatureUri.relative("classpath:features/phone-numbers/regions-and-lookup.feature"))
                .isEqualTo("features/phone-numbers/regions-and-lookup.feature");
        assertThat(FeatureUri.relative("file:/C:/work/my%20project/features/flows/associate-flows.feature"))
                .isEqualTo("features/flows/associate-flows.feature");
    }

    @Test
    void theLastFeaturesFolderCounts() {
        assertThat(FeatureUri.relative("file:///srv/features/checkout/features/workflow/x.feature"))
                .isEqualTo("features/workflow/x.feature");
    }

    @Test
    void withoutAFeaturesFolderAClasspathUriLosesItsSchemeAndAnyOtherStays() {
        assertThat(FeatureUri.relative("classpath:dev/example/fixture.feature")).isEqualTo("dev/example/fixture.feature");
        assertThat(FeatureUri.relative("file:///tmp/my-specs/x.feature")).isEqualTo("file:///tmp/my-specs/x.feature");
        assertThat(FeatureUri.relative("features/x.feature")).isEqualTo("features/x.feature");
        assertThat(FeatureUri.relative("file:///tmp/features")).as("a folder, not a file in one")
                .isEqualTo("file:///tmp/features");
    }

    @Test
    void aFolderOfTheUsersUnderTheWorkingDirectoryIsNamedFromThere() {
        String uri = java.nio.file.Path.of("my-specs", "billing", "x.feature").toAbsolutePath().toUri().toString();
        assertThat(FeatureUri.relative(uri)).isEqualTo("my-specs/billing/x.feature");
    }

    @Test
    void featureUrisInsideATextAreMadeRelative() {
        String stackTrace = """
                java.lang.AssertionError: expected 404
                \tat dev.example.Steps.check(Steps.java:42)
                \tat ✽.the group is not found(file:///home/me/p/features/traffic-distribution-groups/addressing.feature:17)
                """;

        assertThat(FeatureUri.relativeIn(stackTrace))
                .contains("✽.the group is not found(features/traffic-distribution-groups/addressing.feature:17)")
                .contains("(Steps.java:42)").doesNotContain("/home/me");
    }
}
