package dev.connectconformance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {

    private static final String ARN = "arn:aws:connect:us-east-1:111122223333:phone-number/0b1c2d3e-0000-4000-8000-000000000001";

    @TempDir
    Path dir;

    @Test
    void readsNumbersByArnOrE164WithOptionalFlowsCommentsAndBlankLines() throws Exception {
        Path file = dir.resolve("plan.txt");
        Files.writeString(file, String.join("\n",
                "# numbers of the sales line",
                ARN + ", Sales inbound   # the flow by name",
                "",
                "  +14155550123",
                "+4930123456,arn:aws:connect:us-east-1:111122223333:instance/i/contact-flow/f-1",
                ""));

        Plan plan = PlanFile.read(file);

        assertThat(plan.source()).hasValue(file.toString());
        assertThat(plan.entries()).extracting(PlanEntry::line, PlanEntry::number, PlanEntry::flow).containsExactly(
                tuple(2, ARN, Optional.of("Sales inbound")),
                tuple(4, "+14155550123", Optional.empty()),
                tuple(5, "+4930123456", Optional.of("arn:aws:connect:us-east-1:111122223333:instance/i/contact-flow/f-1")));
        assertThat(plan.entries().get(0).namesArn()).isTrue();
        assertThat(plan.entries().get(1).namesArn()).isFalse();
    }

    @Test
    void aLineThatIsNoNumberIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> PlanFile.parse("plan.txt", "+14155550123\n\n4155550124\n"))
                .isInstanceOf(PlanFileException.class)
                .hasMessageStartingWith("plan.txt line 3: '4155550124' is neither the full ARN of a phone number")
                .hasMessageContaining("E.164");
    }

    @Test
    void anArnOfAnotherResourceIsRefused() {
        assertThatThrownBy(() -> PlanFile.parse("p", "arn:aws:connect:us-east-1:111122223333:instance/abc"))
                .isInstanceOf(PlanFileException.class).hasMessageStartingWith("p line 1: 'arn:aws:connect");
    }

    @Test
    void aCommaWithNoFlowIsAnError() {
        assertThatThrownBy(() -> PlanFile.parse("p", "+14155550123 ,  # forgot the flow"))
                .isInstanceOf(PlanFileException.class).hasMessage("p line 1: nothing after the comma; name the flow "
                        + "to associate after the move (its id, ARN or name) or drop the comma");
    }

    @Test
    void aNumberListedTwiceIsAnError() {
        assertThatThrownBy(() -> PlanFile.parse("p", "+14155550123\n+14155550124\n+14155550123,Sales"))
                .isInstanceOf(PlanFileException.class)
                .hasMessage("p line 3: +14155550123 is already planned on line 1; list each number once");
    }

    @Test
    void aMissingFileSaysWhichFile() {
        Path missing = dir.resolve("nowhere.txt");
        assertThatThrownBy(() -> PlanFile.read(missing)).isInstanceOf(PlanFileException.class)
                .hasMessageStartingWith("cannot read the plan file " + missing);
    }

    @Test
    void onlyCommentsIsAnEmptyPlan() {
        assertThat(PlanFile.parse("p", "# nothing yet\n\n").isEmpty()).isTrue();
    }
}
