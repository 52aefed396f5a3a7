package dev.connectconformance.simulator.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.simulator.protocol.ServiceModel.OperationSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded generator of hostile requests against one account's real resources. Every request it makes must be
 * refused: malformed bodies are checked not to parse, wrong types never equal the modelled type, traversal
 * payloads carry no real id (so no normalisation can turn them into a valid call on existing state).
 */
final class HostileRequests {

    /** The real resources the requests aim at, and a valid SigV4 credential-scope header for the account. */
    record World(String accountId, String instanceId, String instanceArn, String tdgArn, String phoneNumberId,
                 String phoneNumberArn, String flowId, String freeNumber, String authorization) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ServiceModel MODEL = ServiceModel.bundled();

    private final Random random;
    private final World world;

    HostileRequests(long seed, World world) {
        this.random = new Random(seed);
        this.world = world;
    }

    // ---- bodies ----

    /** Operations with a JSON body, and a body for each that would be accepted (and change state) if sent as is. */
    Map<String, ObjectNode> validBodies() {
        Map<String, ObjectNode> bodies = new LinkedHashMap<>();
        bodies.put("ClaimPhoneNumber", object().put("TargetArn", world.instanceArn())
                .put("PhoneNumber", world.freeNumber()).put("PhoneNumberDescription", "d")
                .put("ClientToken", UUID.randomUUID().toString()));
        bodies.get("ClaimPhoneNumber").putObject("Tags").put("k", "v");
        bodies.put("UpdatePhoneNumber", object().put("TargetArn", world.tdgArn())
                .put("ClientToken", UUID.randomUUID().toString()));
        bodies.put("UpdatePhoneNumberMetadata", object().put("PhoneNumberDescription", "changed")
                .put("ClientToken", UUID.randomUUID().toString()));
        bodies.put("AssociatePhoneNumberContactFlow", object().put("InstanceId", world.instanceId())
                .put("ContactFlowId", world.flowId()));
        ObjectNode list = object().put("InstanceId", world.instanceId()).put("MaxResults", 10)
                .put("PhoneNumberPrefix", "+1");
        list.putArray("PhoneNumberCountryCodes").add("US");
        list.putArray("PhoneNumberTypes").add("DID");
        bodies.put("ListPhoneNumbersV2", list);
        bodies.put("CreateTrafficDistributionGroup", object().put("Name", "hostile").put("InstanceId",
                world.instanceId()).put("Description", "d").put("ClientToken", UUID.randomUUID().toString()));
        bodies.put("CreateInstance", object().put("IdentityManagementType", "CONNECT_MANAGED")
                .put("InstanceAlias", "hostile-alias").put("InboundCallsEnabled", true)
                .put("OutboundCallsEnabled", true).put("ClientToken", UUID.randomUUID().toString()));
        return bodies;
    }

    /** Bodies that are not a JSON object at all: broken, truncated, too deep, or some other JSON value. */
    List<HostileRequest> malformedBodies(int count) {
        List<String> fixed = List.of("", "{", "}", "[]", "1", "null", "true", "\"text\"", "{}x", "{,}",
                "{\"a\":}", "{'single':'quotes'}", "/* comment */ {}", "{\"a\":NaN}", "\uFEFF{",
                "[".repeat(5000), "{\"a\":".repeat(3000), "{\"MaxResults\":" + "9".repeat(5000) + "}");
        List<Map.Entry<String, ObjectNode>> operations = new ArrayList<>(validBodies().entrySet());
        List<HostileRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map.Entry<String, ObjectNode> operation = operations.get(random.nextInt(operations.size()));
            String body = i < fixed.size() ? fixed.get(i) : brokenCopy(operation.getValue().toString());
            if (body.isEmpty() && !operation.getKey().startsWith("List")) {
                body = "{";
            }
            requests.add(call("malformed JSON", operation.getKey(), body.getBytes(StandardCharsets.UTF_8)));
        }
        List<byte[]> invalidUtf8 = List.of(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, new byte[] {'{', 0, '}'});
        for (byte[] bytes : invalidUtf8) {
            requests.add(call("undecodable bytes", "ClaimPhoneNumber", bytes));
        }
        return requests;
    }

    /** A valid body cut short, or with one character inserted or replaced, that no longer parses. */
    private String brokenCopy(String valid) {
        String garbage = "{}[]\":,\\x\u0000\u00e9";
        for (int attempt = 0; ; attempt++) {
            int at = random.nextInt(valid.length());
            String broken = switch (random.nextInt(3)) {
                case 0 -> valid.substring(0, at);
                case 1 -> valid.substring(0, at) + garbage.charAt(random.nextInt(garbage.length()))
                        + valid.substring(at);
                default -> valid.substring(0, at) + garbage.charAt(random.nextInt(garbage.length()))
                        + valid.substring(at + 1);
            };
            if (!parsesAsObject(broken) || attempt > 50) {
                return broken.isEmpty() ? "{" : broken;
            }
        }
    }

    private static boolean parsesAsObject(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject();
        } catch (Exception e) {
            return false;
        }
    }

    /** Each body member of each operation, in turn given a value of a JSON type other than its modelled one. */
    List<HostileRequest> wrongTypes() {
        List<HostileRequest> requests = new ArrayList<>();
        validBodies().forEach((operation, valid) -> {
            OperationSpec spec = MODEL.operation(operation).orElseThrow();
            Iterator<Map.Entry<String, JsonNode>> members = MODEL.shape(spec.inputShape()).path("members").fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                if (member.getValue().has("location")) {
                    continue;
                }
                String type = MODEL.shape(member.getValue().get("shape").asText()).path("type").asText();
                for (JsonNode wrong : valuesOtherThan(type)) {
                    ObjectNode body = valid.deepCopy();
                    body.set(member.getKey(), wrong);
                    requests.add(call("wrong type for " + member.getKey() + " (" + type + ")", operation,
                            body.toString().getBytes(StandardCharsets.UTF_8)));
                }
            }
        });
        return requests;
    }

    private List<JsonNode> valuesOtherThan(String modelledType) {
        List<JsonNode> values = new ArrayList<>();
        if (!modelledType.equals("string")) {
            values.add(NODES.textNode(modelledType.equals("boolean") ? "true" : "10"));
        }
        if (!modelledType.equals("integer") && !modelledType.equals("long")) {
            values.add(NODES.numberNode(random.nextInt(1000) - 500));
        }
        values.add(NODES.numberNode(1.5));
        if (!modelledType.equals("boolean")) {
            values.add(NODES.booleanNode(random.nextBoolean()));
        }
        if (!modelledType.equals("list")) {
            values.add(NODES.arrayNode().add("x").add(1));
        }
        if (!modelledType.equals("map") && !modelledType.equals("structure")) {
            values.add(NODES.objectNode().put("a", 1));
        }
        return values;
    }

    /** Bodies just over, and far over, the size limit. */
    List<HostileRequest> oversizedBodies(int limit) {
        List<HostileRequest> requests = new ArrayList<>();
        for (int size : new int[] {limit + 1, limit + 1 + random.nextInt(4096), 2 * limit}) {
            for (String operation : List.of("ClaimPhoneNumber", "ListPhoneNumbersV2", "UpdatePhoneNumber")) {
                byte[] body = new byte[size];
                byte[] start = validBodies().get(operation).toString().getBytes(StandardCharsets.UTF_8);
                java.util.Arrays.fill(body, (byte) ' ');
                System.arraycopy(start, 0, body, 0, start.length);
                requests.add(call("body of " + size + " bytes", operation, body));
            }
        }
        return requests;
    }

    // ---- paths ----

    /** Ids and ARNs far longer than any real one, in the path and in the body. */
    List<HostileRequest> longIds() {
        List<HostileRequest> requests = new ArrayList<>();
        for (int length : new int[] {257, 1500, 6000, 20_000}) {
            String id = randomText(length);
            requests.add(get("long phone number id (" + length + ")", "/phone-number/" + id));
            requests.add(get("long instance id (" + length + ")", "/instance/" + id));
            requests.add(request("long id to release (" + length + ")", "DELETE", "/phone-number/" + id, null));
            requests.add(request("long traffic distribution group id (" + length + ")", "DELETE",
                    "/traffic-distribution-group/" + id, null));
            ObjectNode claim = validBodies().get("ClaimPhoneNumber").put("TargetArn", world.instanceArn() + id);
            requests.add(call("long TargetArn (" + length + ")", "ClaimPhoneNumber", bytes(claim)));
            ObjectNode list = validBodies().get("ListPhoneNumbersV2").put("InstanceId", id);
            requests.add(call("long InstanceId in a body (" + length + ")", "ListPhoneNumbersV2", bytes(list)));
        }
        return requests;
    }

    /** Percent-encoded, double-encoded and literal traversal in ids and ARNs (never around a real id). */
    List<HostileRequest> traversal(int count) {
        List<String> climbs = List.of("..%2F", "%2e%2e%2f", "%2E%2E%2F", "%252e%252e%252f", "..%5C", "%c0%ae%c0%ae%c0%af",
                "..%2F..%2F..%2F", "%2F", "%00", "..;", "%0d%0aX-Injected:%20yes");
        List<String> ends = List.of("instance", "__admin%2Fconnect%2Freset", "__admin/connect/reset",
                UUID.randomUUID().toString(), "etc%2Fpasswd", "phone-number%2F" + UUID.randomUUID());
        List<HostileRequest> requests = new ArrayList<>(List.of(
                get("climb above the root", "/../../etc/passwd"),
                get("climb above the root from an operation", "/phone-number/../../x"),
                get("undecodable escape", "/phone-number/%ZZ"),
                get("truncated escape", "/phone-number/abc%2"),
                request("undecodable escape in a release", "DELETE", "/phone-number/%ZZ", null),
                request("undecodable escape in a move", "PUT", "/phone-number/%ZZ", "{}"),
                request("encoded climb into the admin API", "POST", "/phone-number/..%2F__admin%2Fconnect%2Freset", "{}"),
                request("literal climb into the admin API", "POST", "/phone-number/../__admin/connect/reset", "{}"),
                request("climb to an unknown path", "POST", "/phone-number/x/../../no-such-operation", "{}")));
        for (int i = 0; i < count; i++) {
            String payload = climbs.get(random.nextInt(climbs.size())).repeat(1 + random.nextInt(3))
                    + ends.get(random.nextInt(ends.size()));
            String foreignArn = "arn%3Aaws%3Aconnect%3Aus-east-1%3A" + world.accountId() + "%3Aphone-number%2F";
            String id = random.nextBoolean() ? payload : foreignArn + payload;
            requests.add(switch (random.nextInt(4)) {
                case 0 -> get("traversal in a phone number id", "/phone-number/" + id);
                case 1 -> request("traversal in a release", "DELETE", "/phone-number/" + id, null);
                case 2 -> request("traversal in a move", "PUT", "/phone-number/" + id,
                        validBodies().get("UpdatePhoneNumber").toString());
                default -> request("traversal in an instance id", "DELETE", "/instance/" + id, null);
            });
        }
        return requests;
    }

    /** Paths that are no Connect operation. */
    List<HostileRequest> unknownOperations(int count) {
        List<String> methods = List.of("GET", "POST", "PUT", "DELETE");
        List<HostileRequest> requests = new ArrayList<>(List.of(get("root", "/"), get("favicon", "/favicon.ico"),
                get("dotfile", "/.env"), get("too many segments", "/phone-number/a/b/c/d/e"),
                request("unknown under a known resource", "POST", "/phone-number/claim/extra", "{}")));
        for (int i = 0; i < count; i++) {
            StringBuilder path = new StringBuilder("/zz-").append(randomText(1 + random.nextInt(12)));
            for (int s = random.nextInt(4); s > 0; s--) {
                path.append('/').append(randomText(1 + random.nextInt(20)));
            }
            requests.add(request("unknown operation", methods.get(random.nextInt(methods.size())),
                    path.toString(), random.nextBoolean() ? "{}" : null));
        }
        return requests;
    }

    // ---- headers and methods ----

    /** DescribePhoneNumber on the real number with an Authorization header that carries no usable scope. */
    List<HostileRequest> badAuthorization(int count) {
        String target = "/phone-number/" + world.phoneNumberId();
        String valid = world.authorization();
        List<String> fixed = List.of("", "Bearer abc.def.ghi", "Basic dXNlcjpwYXNz", "AWS4-HMAC-SHA256",
                "AWS4-HMAC-SHA256 Credential=", "AWS4-HMAC-SHA256 Credential=" + world.accountId() + "/20261124",
                "AWS4-HMAC-SHA256 Credential=//////", valid.replace("AWS4-HMAC-SHA256", "AWS3-HMAC-SHA1"),
                valid.replace("us-east-1", "US-EAST-1"), valid.replace("aws4_request", "aws3_request"),
                valid.replace("/", "\\"), "AWS4-HMAC-SHA256 " + "Credential=x/".repeat(3000));
        List<HostileRequest> requests = new ArrayList<>();
        requests.add(new HostileRequest("no Authorization header", "GET", target, Map.of(), null));
        for (String header : fixed) {
            requests.add(new HostileRequest("Authorization '" + shorten(header) + "'", "GET", target,
                    Map.of("Authorization", header), null));
        }
        for (int i = 0; i < count; i++) {
            String garbled = garbleScope(valid);
            requests.add(new HostileRequest("garbled Authorization '" + shorten(garbled) + "'", "GET", target,
                    Map.of("Authorization", garbled), null));
        }
        requests.add(new HostileRequest("garbled X-Amz-Credential", "GET",
                target + "?X-Amz-Credential=" + randomText(30), Map.of(), null));
        return requests;
    }

    /** Breaks the credential scope so that it cannot be read: a separator or the terminator is destroyed. */
    private String garbleScope(String valid) {
        int scopeStart = valid.indexOf("Credential=") + "Credential=".length();
        int scopeEnd = valid.indexOf("aws4_request") + "aws4_request".length();
        String scope = valid.substring(scopeStart, scopeEnd);
        String broken = switch (random.nextInt(4)) {
            case 0 -> scope.replaceFirst("/", random.nextBoolean() ? "" : " ");
            case 1 -> scope.substring(0, random.nextInt(scope.length()));
            case 2 -> scope.replace("connect/aws4_request", "connect");
            default -> scope.replace("/", "%2F");
        };
        return valid.substring(0, scopeStart) + broken + valid.substring(scopeEnd);
    }

    /** Methods no Connect operation uses, on paths that exist for other methods. */
    List<HostileRequest> oddMethods() {
        List<HostileRequest> requests = new ArrayList<>();
        for (String method : List.of("PATCH", "OPTIONS", "TRACE", "HEAD", "BREW", "PROPFIND", "M-SEARCH", "CONNECT")) {
            requests.add(request("method " + method, method, "/phone-number/" + world.phoneNumberId(), null));
            requests.add(request("method " + method, method, "/instance", "{}"));
        }
        requests.add(request("DELETE on a list", "DELETE", "/phone-number/list", null));
        requests.add(request("GET on a claim", "GET", "/phone-number/claim", null));
        return requests;
    }

    // ---- helpers ----

    private HostileRequest call(String label, String operation, byte[] body) {
        OperationSpec spec = MODEL.operation(operation).orElseThrow();
        String path = spec.requestUri().replace("{PhoneNumberId}", world.phoneNumberId())
                .replace("{InstanceId}", world.instanceId());
        return new HostileRequest(label + " on " + operation, spec.httpMethod(), path, jsonHeaders(), body);
    }

    private HostileRequest get(String label, String target) {
        return request(label, "GET", target, null);
    }

    private HostileRequest request(String label, String method, String target, String body) {
        return new HostileRequest(label, method, target, jsonHeaders(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, String> jsonHeaders() {
        return Map.of("Authorization", world.authorization(), "Content-Type", "application/json");
    }

    private String randomText(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_.~";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static byte[] bytes(JsonNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode object() {
        return NODES.objectNode();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
