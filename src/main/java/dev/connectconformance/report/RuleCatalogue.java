package dev.connectconformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of rules.md, in catalogue order, parsed from its markdown. */
public final class RuleCatalogue {

    public static final String RESOURCE = "/conformance/rules.md";

    private static final Pattern HEADING = Pattern.compile("^##\\s+(.+?)\\s*$");
    private static final Pattern RULE_START = Pattern.compile("^-\\s+\\*\\*([A-Z]+-\\d+)\\*\\*\\s*(.*)$");
    private static final Pattern SOURCE_TAG = Pattern.compile("\\[([a-z]+)(?::\\s*([^\\]]*))?\\]");
    /** A period, question or exclamation mark followed by white space or the end closes a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
    /** ... except after an abbreviation such as e.g. or i.e. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)\\b(e\\.g|i\\.e|vs|cf)\\.$");

    private final Map<String, Rule> rules;

    private RuleCatalogue(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /** The catalogue bundled with the project: src/main/resources/conformance/rules.md. */
    public static RuleCatalogue bundled() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule catalogue " + RESOURCE + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleCatalogue parse(String markdown) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        String area = "";
        String id = null;
        StringBuilder text = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            Matcher heading = HEADING.matcher(line);
            Matcher ruleStart = RULE_START.matcher(line);
            boolean continuation = id != null && !line.isBlank() && Character.isWhitespace(line.charAt(0));
            if (continuation) {
                text.append(' ').append(line.trim());
                continue;
            }
            if (id != null) {
                add(rules, rule(id, text.toString(), area));
                id = null;
            }
            if (heading.matches()) {
                area = heading.group(1);
            } else if (ruleStart.matches()) {
                id = ruleStart.group(1);
                text = new StringBuilder(ruleStart.group(2).trim());
            }
        }
        if (id != null) {
            add(rules, rule(id, text.toString(), area));
        }
        return new RuleCatalogue(rules);
    }

    private static void add(Map<String, Rule> rules, Rule rule) {
        if (rules.putIfAbsent(rule.id(), rule) != null) {
            throw new IllegalArgumentException("rule " + rule.id() + " appears twice in the catalogue");
        }
    }

    private static Rule rule(String id, String rawText, String area) {
        Set<RuleSource> sources = EnumSet.noneOf(RuleSource.class);
        List<String> inferredParts = new ArrayList<>();
        Map<RuleSource, List<String>> citations = new EnumMap<>(RuleSource.class);
        Matcher tag = SOURCE_TAG.matcher(rawText);
        StringBuilder text = new StringBuilder();
        while (tag.find()) {
            Optional<RuleSource> source = RuleSource.fromTag(tag.group(1));
            if (source.isEmpty()) {
                tag.appendReplacement(text, Matcher.quoteReplacement(tag.group()));
                continue;
            }
            sources.add(source.get());
            if (tag.group(2) != null && !tag.group(2).isBlank()) {
                citations.computeIfAbsent(source.get(), s -> new ArrayList<>()).add(tag.group(2).trim());
                if (source.get() == RuleSource.INFERRED) {
                    inferredParts.add(tag.group(2).trim());
                }
            }
            tag.appendReplacement(text, "");
        }
        tag.appendTail(text);
        // Tags removed from mid-sentence leave a space before the punctuation that followed them.
        String clean = text.toString().replaceAll("\\s+", " ").replaceAll(" ([.,;:])", "$1").trim();
        return new Rule(id, firstSentence(clean), clean, area, sources, inferredParts, citations);
    }

    static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            if (!ABBREVIATION.matcher(text.substring(0, end.end())).find()) {
                return text.substring(0, end.end());
            }
        }
        return text;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }
}
