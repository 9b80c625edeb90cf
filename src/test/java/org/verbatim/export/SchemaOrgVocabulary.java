package org.verbatim.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** The schema.org types and properties of {@code schema-org/vocabulary.txt}, and a check of JSON-LD against them. */
final class SchemaOrgVocabulary {

    private final Map<String, Set<String>> properties = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();

    SchemaOrgVocabulary() {
        try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream("/schema-org/vocabulary.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(":", 2);
                Set<String> values = Set.of(parts[1].trim().split("\\s+"));
                if (parts[0].startsWith("range ")) {
                    ranges.put(parts[0].substring(6).trim(), values);
                } else {
                    properties.put(parts[0].trim(), values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem found: unknown types, properties not defined on their type, objects of the wrong type. */
    List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        check(document, "$", null, problems);
        return problems;
    }

    private void check(JsonNode node, String path, String property, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", property, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode typeNode = node.get("@type");
        String type = typeNode == null ? null : typeNode.asString();
        if (type == null) {
            if (!node.has("@context") && !node.has("@graph")) {
                problems.add(path + ": an object without @type");
            }
        } else if (!properties.containsKey(type)) {
            problems.add(path + ": " + type + " is not a known schema.org type here");
        } else if (property != null && ranges.containsKey(property) && !ranges.get(property).contains(type)) {
            problems.add(path + ": " + property + " cannot hold a " + type);
        }
        for (var entry : node.properties()) {
            String key = entry.getKey();
            if (key.startsWith("@")) {
                check(entry.getValue(), path + "." + key, null, problems);
                continue;
            }
            if (type != null && properties.containsKey(type) && !properties.get(type).contains(key)) {
                problems.add(path + ": " + key + " is not a property of " + type);
            }
            check(entry.getValue(), path + "." + key, key, problems);
        }
    }
}
