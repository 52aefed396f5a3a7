package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the account ids of a document to one stand-in, everywhere (keys, ARNs, any text), so a twin can be
 * shared without naming the account. Every ARN keeps agreeing with its account, so the masked document still
 * loads, and a plan written against it works on the twin with the stand-in account.
 */
public final class AccountMasking {

    /** The stand-in account id. */
    public static final String MASKED_ACCOUNT = "000000000000";

    private AccountMasking() {
    }

    public static StateDocument mask(StateDocument document) {
        JsonNode tree = StateFormat.json().valueToTree(document);
        for (String account : document.accounts().keySet()) {
            // a whole 12-digit token only: a phone number that happens to contain the digits stays as it is
            Pattern id = Pattern.compile("(?<!\\d)" + Pattern.quote(account) + "(?!\\d)");
            tree = rewrite(tree, id);
        }
        ObjectNode root = (ObjectNode) tree;
        if (root.has("source") && root.get("source").isObject()) {
            ((ObjectNode) root.get("source")).put("accountMasked", true);
        }
        try {
            return StateFormat.json().treeToValue(root, StateDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("masking the account produced no document", e);
        }
    }

    private static JsonNode rewrite(JsonNode node, Pattern id) {
        if (node.isTextual()) {
            return new TextNode(id.matcher(node.asText()).replaceAll(Matcher.quoteReplacement(MASKED_ACCOUNT)));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, rewrite(node.get(i), id));
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            object.removeAll();
            for (Map.Entry<String, JsonNode> field : fields) {
                object.set(id.matcher(field.getKey()).replaceAll(Matcher.quoteReplacement(MASKED_ACCOUNT)),
                        rewrite(field.getValue(), id));
            }
            return object;
        }
        return node;
    }
}
