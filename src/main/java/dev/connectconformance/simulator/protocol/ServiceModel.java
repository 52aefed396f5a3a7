package dev.connectconformance.simulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The official Connect service model (the one the AWS CLI ships), bundled as a resource. It is the contract
 * for routing (HTTP method and URI of each operation), input validation (shapes) and error status codes.
 */
public final class ServiceModel {

    private static final String RESOURCE = "/connect-model/connect-2017-08-08.service-2.json.gz";
    private static volatile ServiceModel bundled;

    private final JsonNode shapes;
    private final Map<String, OperationSpec> operations;
    private final Map<String, String> outputShapes;

    /** One operation as the model describes it. */
    public record OperationSpec(String name, String httpMethod, String requestUri, String inputShape,
                                List<String> errors) {
        public boolean declaresError(String code) {
            return errors.contains(code);
        }
    }

    private ServiceModel(JsonNode root) {
        this.shapes = root.get("shapes");
        Map<String, OperationSpec> ops = new LinkedHashMap<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        root.get("operations").fields().forEachRemaining(entry -> {
            JsonNode op = entry.getValue();
            List<String> errors = new ArrayList<>();
            op.path("errors").forEach(e -> errors.add(e.get("shape").asText()));
            ops.put(entry.getKey(), new OperationSpec(entry.getKey(), op.at("/http/method").asText(),
                    op.at("/http/requestUri").asText(), op.path("input").path("shape").asText(null),
                    List.copyOf(errors)));
            if (op.path("output").has("shape")) {
                outputs.put(entry.getKey(), op.path("output").path("shape").asText());
            }
        });
        this.operations = Collections.unmodifiableMap(ops);
        this.outputShapes = Collections.unmodifiableMap(outputs);
    }

    /** The model bundled with the simulator, parsed once. */
    public static ServiceModel bundled() {
        ServiceModel model = bundled;
        if (model == null) {
            synchronized (ServiceModel.class) {
                if (bundled == null) {
                    bundled = load();
                }
                model = bundled;
            }
        }
        return model;
    }

    private static ServiceModel load() {
        try (InputStream raw = ServiceModel.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("service model resource missing: " + RESOURCE);
            }
            return new ServiceModel(new ObjectMapper().readTree(new GZIPInputStream(raw)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled service model", e);
        }
    }

    public Map<String, OperationSpec> operations() {
        return operations;
    }

    public Optional<OperationSpec> operation(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    /** The shape an operation answers with; empty for an operation whose success has no body. */
    public Optional<String> outputShape(String operation) {
        return Optional.ofNullable(outputShapes.get(operation));
    }

    public JsonNode shape(String name) {
        JsonNode shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("no shape " + name + " in the service model");
        }
        return shape;
    }

    /** True when the model defines {@code code} as an exception shape. */
    public boolean isErrorCode(String code) {
        JsonNode shape = shapes.get(code);
        return shape != null && shape.path("exception").asBoolean();
    }

    /** HTTP status the model gives an error shape; 400 for codes the model does not know. */
    public int errorStatus(String errorCode) {
        JsonNode shape = shapes.get(errorCode);
        if (shape == null) {
            return 400;
        }
        return shape.path("error").path("httpStatusCode").asInt(400);
    }
}
