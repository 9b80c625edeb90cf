package org.verbatim.compare;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.verbatim.quote.Quote;
import org.verbatim.speaker.AffiliationKey;

/**
 * Readable names for affiliation keys: of the ways people wrote an affiliation ("Iranian", "Iran"), the one to
 * show. Read from the index's affiliation facet, kept for a minute.
 */
@Component
class AffiliationLabels {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final EntityManagerFactory emf;
    private final Clock clock;
    private volatile Map<String, String> labels = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    AffiliationLabels(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    String label(String key) {
        if (key == null) {
            return "Across affiliations";
        }
        if (key.startsWith("speaker:")) {
            return key.substring("speaker:".length());
        }
        String known = current().get(key);
        return known != null ? known : AffiliationKey.fallbackLabel(key);
    }

    void forget() {
        readAt = Instant.EPOCH;
    }

    private Map<String, String> current() {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).compareTo(FRESH) > 0) {
            labels = read();
            readAt = now;
        }
        return labels;
    }

    private Map<String, String> read() {
        AggregationKey<Map<String, Long>> written = AggregationKey.of("written");
        try (var em = emf.createEntityManager()) {
            Map<String, Long> forms = Search.session(em).search(Quote.class)
                    .where(f -> f.matchAll())
                    .aggregation(written, f -> f.terms().field("speaker.affiliation_facet", String.class)
                            .maxTermCount(5000))
                    .fetch(0).aggregation(written);
            Map<String, List<String>> byKey = new HashMap<>();
            forms.keySet().forEach(form -> {
                String key = AffiliationKey.of(form);
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(form);
                }
            });
            Map<String, String> out = new HashMap<>();
            byKey.forEach((key, all) -> out.put(key, AffiliationKey.isPlace(key)
                    ? AffiliationKey.preferredLabel(all) : all.getFirst()));
            return Map.copyOf(out);
        }
    }
}
