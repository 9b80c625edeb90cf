package org.verbatim.base.search;

/** Names of the analyzers and normalizers every search backend must define, and what they share. */
public final class Analyzers {
    /** English prose: standard tokens, dotted acronyms, synonyms, ASCII folding, possessives, stop words, stemming. */
    public static final String ENGLISH = "english";
    /** Names: folded, apostrophes, hyphens, dots and doubled letters ignored, synonyms ("U.S."), no stemming. */
    public static final String NAME = "name";
    /** Sort and facet keys: lower-cased, ASCII-folded. */
    public static final String SORT = "sort";

    /** Every analyzer and normalizer above: each backend's configurer defines all of them. */
    public static final java.util.List<String> ALL = java.util.List.of(ENGLISH, NAME, SORT);

    /**
     * Names written in several ways ("US", "U.S.", "United States"), in Solr's synonym format, on the classpath.
     * Case matters ("US" is a country, "us" is not), so the rules run before lower-casing.
     */
    public static final String ENGLISH_SYNONYMS = "org/verbatim/base/search/synonyms-en.txt";

    /** "U.S.A." → "USA": a capital letter followed by a dot and another capital loses its dot. */
    static final String DOTTED_ACRONYM = "\\b(\\p{Lu})\\.(?=\\p{Lu}\\b)";

    /** Apostrophes, hyphens and acronym dots inside names ("Kan’ani", "Al-Masri", "U.S."). */
    static final String NAME_PUNCTUATION = "['’`ʼ‘.-]";

    /** Doubled letters of transliterated names ("Kanaani" ~ "Kanani"). */
    static final String DOUBLED_LETTER = "(\\p{L})\\1+";

    private Analyzers() {
    }

    /**
     * The forms of several words in the synonym rules ("United States"), longest first. A query parser splits a
     * person's words at spaces before analysis, so queries quote these to let the rules see them whole.
     */
    public static java.util.List<String> multiWordSynonyms() {
        return englishSynonymRules().stream()
                .flatMap(rule -> java.util.Arrays.stream(rule.split("=>")[0].split(",")))
                .map(String::strip).filter(form -> form.contains(" ")).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Every form the synonym rules know ("US", "U.S.", "United States"): the analyzers already make these meet. */
    public static java.util.Set<String> synonymForms() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String rule : englishSynonymRules()) {
            for (String form : rule.split("=>")[0].split(",")) {
                out.add(form.strip());
                out.add(form.strip().replace(".", ""));
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** The synonym rules without comments or blank lines, for backends that take them inline. */
    static java.util.List<String> englishSynonymRules() {
        try (var in = Analyzers.class.getClassLoader().getResourceAsStream(ENGLISH_SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + ENGLISH_SYNONYMS);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
