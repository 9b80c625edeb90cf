package org.verbatim.compare.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.verbatim.compare.Facet;

/**
 * A search as the address bar holds it, so that a copied address runs the same search: {@code q} the words, one
 * parameter per facet named after it ({@code speaker}, {@code affiliation}, {@code publisher}, {@code month},
 * {@code status}, {@code verdict}) repeated for each chosen value, and {@code page} counted from 1 (left out on the
 * first). Parameters it does not know, empty values and pages that are no number are ignored.
 */
record SearchLink(String text, Map<Facet, Set<String>> chosen, int page) {

    SearchLink {
        text = text == null ? "" : text;
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (chosen != null) {
            chosen.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(new LinkedHashSet<>(values)));
                }
            });
        }
        chosen = copy;
        page = Math.max(0, page);
    }

    static SearchLink of(QueryParameters parameters) {
        Map<String, List<String>> all = parameters.getParameters();
        String text = all.getOrDefault("q", List.of()).stream().findFirst().orElse("");
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (String v : all.getOrDefault(name(facet), List.of())) {
                if (!v.isBlank()) {
                    values.add(v);
                }
            }
            if (!values.isEmpty()) {
                chosen.put(facet, values);
            }
        }
        int page = 0;
        String p = all.getOrDefault("page", List.of()).stream().findFirst().orElse("");
        if (p.matches("[0-9]{1,6}")) {
            page = Math.max(0, Integer.parseInt(p) - 1);
        }
        return new SearchLink(text, chosen, page);
    }

    QueryParameters parameters() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        if (!text.isBlank()) {
            all.put("q", List.of(text));
        }
        chosen.forEach((facet, values) -> all.put(name(facet), values.stream().sorted().toList()));
        if (page > 0) {
            all.put("page", List.of(Integer.toString(page + 1)));
        }
        return new QueryParameters(all);
    }

    SearchLink atPage(int other) {
        return new SearchLink(text, chosen, other);
    }

    private static String name(Facet facet) {
        return facet.name().toLowerCase(Locale.ROOT);
    }
}
