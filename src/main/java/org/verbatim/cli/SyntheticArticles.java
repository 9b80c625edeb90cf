package org.verbatim.cli;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;

import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportDocument;

/**
 * Made-up news articles for the benchmark: about 800 words each, with direct quotes attributed to invented people.
 * Article {@code i} depends only on the seed and {@code i}, so a run is reproducible and every text is distinct. As in
 * real news, people recur: they come from a pool of {@value #PEOPLE} per seed. Public for the contradiction evaluation,
 * which adds {@code import --bench}'s articles as noise.
 */
public final class SyntheticArticles {

    /** The seed of {@code import --bench} when none is given. */
    public static final long DEFAULT_SEED = 20240601L;

    private static final String[] SYLLABLES = {"ka", "lo", "mir", "ven", "tas", "bel", "or", "dra", "nu", "sel",
            "tor", "ai", "quin", "rho", "mel", "zan", "phi", "gor", "lea", "vik", "sto", "ur", "ten", "ba"};
    private static final String[] ROLES = {"minister of harbours", "chief economist", "mayor", "spokeswoman",
            "union leader", "opposition leader", "health commissioner", "central bank governor", "senator",
            "director of the water board", "professor of history", "head of the farmers' association"};
    private static final String[] PLACES = {"Velmora", "Ostrakand", "Pelnia", "Quarrow", "Dunsafir", "Tellerby",
            "Morrowgate", "Ansel Bay", "Kirrin", "Sopharo"};
    private static final String[] TOPICS = {"the harbour tariffs", "the new rail line", "water prices",
            "the teachers' strike", "the fishing quotas", "the flood barrier", "the pension reform",
            "the grain exports", "the housing plan", "the hospital budget"};
    private static final String[] VERBS = {"said", "told reporters", "added", "insisted", "warned", "explained",
            "wrote in a statement", "said on Tuesday"};
    private static final String[] WORDS = ("the council a plan budget year market report government people city "
            + "region trade price cost week month officials figures growth decline support policy vote debate "
            + "committee measure increase percent workers families business investment revenue share committee "
            + "decision agreement talks proposal rules border coast river bridge schools hospitals roads taxes "
            + "farmers energy supply demand").split(" ");
    private static final String[] LINKS = {"and", "but", "while", "because", "after", "before", "as", "although",
            "since", "so"};

    static final int PEOPLE = 2000;

    /**
     * Words beyond the everyday ones, drawn by Zipf's law as in real news: a few are everywhere, most are rare. They
     * give search and "more like this" the spread of term frequencies a real archive has.
     */
    private static final int VOCABULARY = 30_000;
    private static final double[] ZIPF = new double[VOCABULARY];

    static {
        double sum = 0;
        for (int rank = 0; rank < VOCABULARY; rank++) {
            sum += 1.0 / (rank + 1);
            ZIPF[rank] = sum;
        }
    }

    /** Parties that statements brand, deal with, recognise or not: stances for the contradiction finder. */
    private static final String[] PARTIES = new String[200];

    static {
        Random random = new Random(42);
        for (int i = 0; i < PARTIES.length; i++) {
            PARTIES[i] = name(random) + (i % 2 == 0 ? " Front" : " Movement");
        }
    }

    private static final String[] STANCES = {"%s is still a terrorist organisation", "we held official talks with %s",
            "%s will not be recognised by %s", "%s is no longer banned in %s", "the talks between %2$s and %1$s continue",
            "%2$s has always opposed the actions of %1$s", "representatives of %s visited the office in %s"};

    private SyntheticArticles() {
    }

    public static Iterator<ImportDocument> documents(int count, long seed) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public ImportDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                return new ImportDocument() {
                    @Override
                    public String source() {
                        return "bench/" + i;
                    }

                    @Override
                    public Loaded load() {
                        // generated on the worker thread: it is part of the work being measured, like reading a file
                        Article a = article(seed, i);
                        return new Loaded(a.text(), new ArticleImporter.Details(a.title(), a.publisher(), a.published(),
                                "https://news.example/" + seed + "/" + i, "bench/" + i));
                    }
                };
            }
        };
    }

    record Article(String title, String publisher, LocalDate published, String text) {
    }

    static Article article(long seed, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        String place = pick(random, PLACES);
        String topic = pick(random, TOPICS);
        String[] people = new String[2 + random.nextInt(3)];
        String[] roles = new String[people.length];
        for (int p = 0; p < people.length; p++) {
            int who = random.nextInt(PEOPLE);
            Random person = new Random(seed * 7_919L + who);
            people[p] = name(person) + " " + name(person);
            roles[p] = pick(person, ROLES);
        }
        String title = capitalise(place) + " divided over " + topic + " (" + index + ")";
        StringBuilder text = new StringBuilder(6000);
        text.append(title).append("\n\n");
        int words = 0;
        int paragraph = 0;
        while (words < 800) {
            if (paragraph % 2 == 1) {
                int who = random.nextInt(people.length);
                String quote = capitalise(sentence(random, 10 + random.nextInt(14)));
                if (random.nextInt(5) < 2) {
                    quote += ", and " + String.format(pick(random, STANCES), pick(random, PARTIES), place);
                }
                String speaker = words < 200 ? people[who] + ", the " + roles[who] + "," : surname(people[who]);
                text.append("“").append(quote).append(",” ").append(speaker).append(' ').append(pick(random, VERBS))
                        .append(". ");
                words += quote.split(" ").length + 4;
            }
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String body = sentence(random, 12 + random.nextInt(12));
                text.append(capitalise(body)).append(". ");
                words += body.split(" ").length;
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
            paragraph++;
        }
        return new Article(title, "The " + place + " Courier", LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1800)),
                text.toString());
    }

    private static String sentence(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < length; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            sb.append(w > 0 && w % 7 == 0 ? pick(random, LINKS)
                    : random.nextInt(100) < 55 ? pick(random, WORDS) : vocabulary(random));
        }
        return sb.toString();
    }

    /** A word of the long tail, by Zipf's law over {@value #VOCABULARY} invented words. */
    private static String vocabulary(Random random) {
        int rank = java.util.Arrays.binarySearch(ZIPF, random.nextDouble() * ZIPF[VOCABULARY - 1]);
        rank = rank >= 0 ? rank : -rank - 1;
        StringBuilder word = new StringBuilder();
        int n = rank + SYLLABLES.length;   // at least two syllables
        while (n > 0) {
            word.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        }
        return word.toString();
    }

    private static String name(Random random) {
        int parts = 2 + random.nextInt(2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            sb.append(pick(random, SYLLABLES));
        }
        return capitalise(sb.toString());
    }

    private static String surname(String fullName) {
        return fullName.substring(fullName.lastIndexOf(' ') + 1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
