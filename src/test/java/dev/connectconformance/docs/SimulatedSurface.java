package dev.connectconformance.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.connectconformance.simulator.SimulatedConnect;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.StandaloneSimulator;
import dev.connectconformance.simulator.faults.AsyncFailures;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.catalog.ConnectOperations;
import dev.connectconformance.simulator.protocol.ApiResponse;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.simulator.protocol.ServiceModel.OperationSpec;
import dev.connectconformance.simulator.servicequotas.ServiceQuotasApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * What the simulator answers, read from the simulator itself so the documentation cannot drift: the Connect
 * operations its registry holds (method and path from the service model, the resource area from the operation
 * group that registered it), the Service Quotas operations its adapter answers, its admin routes, and the standalone
 * simulator's options.
 */
final class SimulatedSurface {

    private static final String SIMULATOR_SOURCES = "src/main/java/";

    /** A Connect operation the registry holds. */
    record Operation(String name, String method, String path, String area, String group, String groupSource,
                     String notes) {
    }

    record Route(String method, String path) {
    }

    record Option(String names, String description) {
    }

    private SimulatedSurface() {
    }

    /** Every model operation the registry answers, by area, then name. */
    static List<Operation> connectOperations() {
        ServiceModel model = ServiceModel.bundled();
        OperationRegistry registry = ConnectOperations.registry(new AsyncFailures());
        List<Operation> operations = new ArrayList<>();
        for (OperationSpec spec : model.operations().values()) {
            registry.find(spec.name()).ifPresent(registration -> {
                // a handler is a method of its operation group; a lambda's nest host is the class that wrote it
                Class<?> group = registration.handler().getClass().getNestHost();
                String pkg = group.getPackageName();
                operations.add(new Operation(spec.name(), spec.httpMethod(), spec.requestUri(),
                        pkg.substring(pkg.lastIndexOf('.') + 1), group.getSimpleName(),
                        SIMULATOR_SOURCES + group.getName().replace('.', '/') + ".java", notes(model, spec)));
            });
        }
        operations.sort(Comparator.comparing(Operation::area).thenComparing(Operation::name));
        return operations;
    }

    static int modelledOperations() {
        return ServiceModel.bundled().operations().size();
    }

    /** What the model says about using an operation: idempotency tokens, paging, deprecation. */
    private static String notes(ServiceModel model, OperationSpec spec) {
        List<String> notes = new ArrayList<>();
        if (spec.inputShape() != null) {
            JsonNode members = model.shape(spec.inputShape()).path("members");
            members.fields().forEachRemaining(member -> {
                if (member.getValue().path("idempotencyToken").asBoolean()) {
                    notes.add("idempotent with " + member.getKey());
                }
            });
            if (members.has("NextToken") && members.has("MaxResults")) {
                notes.add("paged (NextToken, MaxResults)");
            }
        }
        return String.join("; ", notes);
    }

    /**
     * The Service Quotas operations the adapter answers: each operation of the Service Quotas client is asked once
     * with an empty body; the ones it does not know answer UnknownOperationException.
     */
    static List<String> serviceQuotasOperations() {
        ServiceQuotasApi api = new SimulatedConnect(SimulatorSettings.defaults()).serviceQuotasApi();
        String authorization = "AWS4-HMAC-SHA256 Credential=123456789012/20260101/us-east-1/servicequotas/"
                + "aws4_request, SignedHeaders=host, Signature=0";
        TreeSet<String> answered = new TreeSet<>();
        for (Method method : ServiceQuotasClient.class.getMethods()) {
            if (method.getParameterCount() != 1 || !method.getParameterTypes()[0].getSimpleName().endsWith("Request")
                    || method.getName().endsWith("Paginator")) {
                continue;
            }
            String operation = Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
            ApiResponse answer = api.answer("ServiceQuotasV20190624." + operation, authorization,
                    "{}".getBytes(StandardCharsets.UTF_8));
            if (!"UnknownOperationException".equals(errorType(answer))) {
                answered.add(operation);
            }
        }
        return List.copyOf(answered);
    }

    private static String errorType(ApiResponse answer) {
        try {
            return new ObjectMapper().readTree(answer.body()).path("__type").asText("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The admin routes under /__admin, in the order the simulator adds them. */
    static List<Route> adminRoutes() {
        List<Route> routes = new ArrayList<>();
        new SimulatedConnect(SimulatorSettings.defaults()).adminApi().contributeAdminApiRoutes(new Router() {
            @Override
            public void add(RequestMethod method, String path, Class<? extends AdminTask> task) {
                routes.add(new Route(method.getName(), "/__admin" + path));
            }

            @Override
            public void add(RequestMethod method, String path, AdminTask task) {
                routes.add(new Route(method.getName(), "/__admin" + path));
            }
        });
        return routes;
    }

    /** The standalone simulator's options in --help order, without --help and --version. */
    static List<Option> standaloneOptions() {
        List<Option> options = new ArrayList<>();
        for (OptionSpec option : new CommandLine(new StandaloneSimulator()).getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            String names = String.join(", ", option.names())
                    + (option.typeInfo().isBoolean() ? "" : " " + option.paramLabel());
            options.add(new Option(names, String.join(" ", option.description())));
        }
        return options;
    }
}
