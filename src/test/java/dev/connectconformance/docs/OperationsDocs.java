package dev.connectconformance.docs;

import dev.connectconformance.docs.SimulatedSurface.Operation;
import dev.connectconformance.docs.SimulatedSurface.Option;
import dev.connectconformance.docs.SimulatedSurface.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The generated documentation of what the simulator answers: docs/operations.md in full, the README's operations
 * by area and docs/simulator.md's table of the standalone options, each block between its markers.
 */
final class OperationsDocs {

    static final String REGENERATE = "mvn -B -o -q test -Dtest=OperationsDocsTest -Ddocs.write=true";

    private final List<Operation> operations = SimulatedSurface.connectOperations();
    private final List<String> serviceQuotas = SimulatedSurface.serviceQuotasOperations();
    private final List<Route> adminRoutes = SimulatedSurface.adminRoutes();
    private final List<Option> options = SimulatedSurface.standaloneOptions();

    List<Operation> operations() {
        return operations;
    }

    List<String> serviceQuotas() {
        return serviceQuotas;
    }

    List<Route> adminRoutes() {
        return adminRoutes;
    }

    List<Option> options() {
        return options;
    }

    String operationsPage() {
        StringBuilder md = new StringBuilder();
        md.append("# Simulated operations\n\n")
                .append("<!-- Generated from the simulator itself by OperationsDocsTest: do not edit. Regenerate with\n")
                .append("     ").append(REGENERATE).append(" -->\n\n")
                .append("What the simulator answers, read from its operation registry, its Service Quotas adapter, its ")
                .append("admin routes and the standalone simulator's options, so this page cannot drift from the code.\n\n");
        md.append("## Connect operations\n\n")
                .append(operations.size()).append(" of the ").append(SimulatedSurface.modelledOperations())
                .append(" operations of the service model (`src/main/resources/connect-model`), restJson1, method and ")
                .append("path as the model gives them. Every other operation answers `501 NotImplementedException` ")
                .append("naming it (on a user's WireMockServer, their stubs first). The area is the package of the ")
                .append("operation group that registers it; the notes come from the model's input shape.\n\n")
                .append("| operation | method and path | area | notes |\n| --- | --- | --- | --- |\n");
        for (Operation op : operations) {
            md.append("| ").append(op.name()).append(" | `").append(op.method()).append(' ').append(op.path())
                    .append("` | [").append(op.area()).append("](../").append(op.groupSource()).append(") ")
                    .append(op.group()).append(" | ").append(cell(op.notes())).append(" |\n");
        }
        md.append("\n## Service Quotas\n\n")
                .append("On the same port, in that service's protocol (JSON 1.1: `POST /` with ")
                .append("`X-Amz-Target: ServiceQuotasV20190624.<operation>`), for service code `connect`; values ")
                .append("follow the admin quotas. Any other Service Quotas operation answers `UnknownOperationException`.\n\n")
                .append("| operation | method and path |\n| --- | --- |\n");
        serviceQuotas.forEach(op -> md.append("| ").append(op).append(" | `POST /` |\n"));
        md.append("\n## Admin routes\n\n")
                .append("The simulator's controls under WireMock's admin prefix (who may call them: ")
                .append("[security.md](security.md); from Java: the typed admin client, [java-users.md](java-users.md)).\n\n")
                .append("| method | path |\n| --- | --- |\n");
        adminRoutes.forEach(route -> md.append("| ").append(route.method()).append(" | `").append(route.path())
                .append("` |\n"));
        md.append("\n## Standalone simulator options\n\n")
                .append("`java -jar connect-simulator.jar` (or `connect-conformance.jar simulator`); realism beyond the ")
                .append("defaults is opt-in, so the default stays fast for test suites.\n\n");
        appendOptionsTable(md);
        return md.toString();
    }

    /** The table of the standalone simulator's options (docs/simulator.md). */
    String optionsTable() {
        StringBuilder md = new StringBuilder();
        appendOptionsTable(md);
        return md.toString();
    }

    /** The README's list of operations by area, with counts; the details live in docs/operations.md. */
    String readmeOperations() {
        Map<String, List<String>> byArea = new LinkedHashMap<>();
        operations.forEach(op -> byArea.computeIfAbsent(op.area(), a -> new java.util.ArrayList<>()).add(op.name()));
        StringBuilder md = new StringBuilder();
        md.append(operations.size()).append(" Connect operations of the model's ").append(SimulatedSurface.modelledOperations())
                .append(", by area (methods, paths and notes: [docs/operations.md](docs/operations.md)):\n\n");
        byArea.forEach((area, names) -> md.append("- **").append(area).append("**: ")
                .append(String.join(", ", names)).append('\n'));
        md.append("- **Service Quotas** (`POST /`, JSON 1.1, service code `connect`): ")
                .append(String.join(", ", serviceQuotas)).append('\n');
        md.append("- **admin** (").append(adminRoutes.size()).append(" routes): ")
                .append(adminRoutes.stream().map(r -> "`" + r.method() + " " + r.path() + "`")
                        .collect(Collectors.joining(", "))).append('\n');
        return md.toString();
    }

    private void appendOptionsTable(StringBuilder md) {
        md.append("| option | meaning |\n| --- | --- |\n");
        options.forEach(option -> md.append("| `").append(option.names()).append("` | ")
                .append(cell(option.description())).append(" |\n"));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
