package org.verbatim.compare;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.verbatim.article.Article;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteType;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;

/**
 * A seeded synthetic corpus of any size for the search benchmark: invented countries (with their nationality
 * adjectives), parties, speakers and publishers, and statements that brand, deal with, affirm or deny, so that every
 * query path of the comparison has work to do. Same seed, same corpus.
 */
final class SyntheticCorpus {

    static final int QUOTES_PER_ARTICLE = 10;

    final List<String> countries = new ArrayList<>();
    final List<String> parties = new ArrayList<>();
    final List<String> topicWords = new ArrayList<>();
    private final List<Speaker> speakers = new ArrayList<>();
    private final List<String> publishers = new ArrayList<>();
    private final Random random;

    SyntheticCorpus(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < 60; i++) {
            countries.add(capitalise(word(2 + random.nextInt(2))) + "ia");
        }
        for (int i = 0; i < 300; i++) {
            parties.add(capitalise(word(2 + random.nextInt(2))) + (random.nextBoolean() ? " Front" : " Movement"));
        }
        for (int i = 0; i < 3000; i++) {
            topicWords.add(word(2 + random.nextInt(3)));
        }
        List<String> roles = List.of("Foreign Minister", "spokesman", "Defence Minister", "President", "envoy", "Secretary");
        for (int i = 0; i < 5000; i++) {
            String country = pick(countries);
            Speaker s = new Speaker(capitalise(word(2)) + " " + capitalise(word(3)), SpeakerKind.PERSON, pick(roles),
                    random.nextInt(4) == 0 ? country : country + "n");          // "Ruritania" or "Ruritanian"
            setId(s, 1_000_000L + i);
            speakers.add(s);
        }
        for (int i = 0; i < 40; i++) {
            publishers.add(capitalise(word(2)) + " News");
        }
    }

    /** Builds {@code count} quotes (not stored in any database), ids from {@code firstId}, and hands each over. */
    void generate(int count, long firstId, Consumer<Quote> each) {
        Article article = null;
        for (int i = 0; i < count; i++) {
            String text = statement();
            if (i % QUOTES_PER_ARTICLE == 0 || article == null) {
                LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
                article = new Article(text + " " + i, capitalise(word(3)) + " " + word(2), pick(publishers), day, null,
                        "synthetic", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i), "bench");
                setId(article, firstId + i);
            }
            Article own = new Article(text, article.getTitle(), article.getPublisher(), article.getPublishedOn(), null,
                    "synthetic", article.getImportedAt(), "bench");
            setId(own, article.getId());
            Quote q = new Quote(own, 0, text.length(), random.nextInt(3) == 0 ? QuoteType.DIRECT : QuoteType.INDIRECT,
                    pick(speakers), null, "said", "synthetic", "1", 0.5 + random.nextDouble() / 2);
            setId(q, firstId + i);
            each.accept(q);
        }
    }

    /** Something a quote might say: topic words around a stance on a party or a country. */
    String statement() {
        String party = pick(parties);
        String country = pick(countries);
        String stance = switch (random.nextInt(8)) {
            case 0 -> party + " is still a terrorist organisation and its designation remains";
            case 1 -> "our delegation held official negotiations with " + party;
            case 2 -> country + " will not recognise " + party;
            case 3 -> party + " is no longer banned in " + country;
            case 4 -> "the talks between " + country + " and " + party + " continue";
            case 5 -> party + " representatives visited the office in " + country;
            case 6 -> country + " has always opposed the illegal actions of " + party;
            default -> "relations with " + country + " are important";
        };
        StringBuilder b = new StringBuilder();
        int before = 4 + random.nextInt(10);
        for (int i = 0; i < before; i++) {
            b.append(pick(topicWords)).append(' ');
        }
        b.append(stance);
        int after = 3 + random.nextInt(10);
        for (int i = 0; i < after; i++) {
            b.append(' ').append(pick(topicWords));
        }
        return capitalise(b.toString());
    }

    String query() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(topicWords);
            case 1 -> pick(topicWords) + " " + pick(topicWords);
            case 2 -> pick(parties).split(" ")[0] + " terrorist";
            default -> pick(countries) + " negotiations";
        };
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    Random random() {
        return random;
    }

    private String word(int syllables) {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return b.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
