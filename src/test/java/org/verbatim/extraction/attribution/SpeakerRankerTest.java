package org.verbatim.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.extraction.ExtractedQuote;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.extraction.attribution.RankerFeatures.Feature;
import org.verbatim.extraction.attribution.SpeakerRanker.Candidate;
import org.verbatim.extraction.attribution.SpeakerRanker.Ranked;
import org.verbatim.extraction.text.AnnotatedText;

/** The candidates and features the ranker sees on made-up articles, and what the shipped model makes of them. */
class SpeakerRankerTest {

    /** A quote paragraph after narrative: no cue of its own, so the sieves leave it open. */
    private static final String CUELESS = """
            Ana Ruiz has been mayor of Eastport since 2019, and the bridge has been closed for most of that time.

            Ruiz said on Monday that the repairs would be finished by spring. She blamed the delay on the state.

            "Nobody should have to drive an hour to get to work."
            """;

    private static List<Ranked> recorded(String text) {
        List<Ranked> out = new ArrayList<>();
        new QuoteExtractor(SpeakerRanker.recording(out::add)).annotate(text, null);
        return out;
    }

    private static Ranked quoteStarting(List<Ranked> ranked, String text, String start) {
        AnnotatedText t = AnnotatedText.of(text);
        return ranked.stream().filter(r -> text.startsWith(start, t.token(r.quote().contentStart()).start())).findFirst()
                .orElseThrow(() -> new AssertionError("no recorded quote starting with " + start));
    }

    private static Candidate mention(Ranked r, String text) {
        return r.candidates().stream().filter(c -> c.mention() != null && c.mention().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + text + " among " + r.candidates().stream()
                        .map(c -> c.mention() != null ? c.mention().text() : "earlier " + c.entity().name()).toList()));
    }

    private static double f(Candidate c, Feature f) {
        return c.features()[f.ordinal()];
    }

    @Test
    void candidates_are_the_mentions_of_the_window_with_where_and_how_they_stand() {
        Ranked r = quoteStarting(recorded(CUELESS), CUELESS, "Nobody should");
        assertThat(r.routed()).as("the sieves found no speaker, so the ranker decides").isTrue();

        Candidate ruiz = mention(r, "Ruiz");
        assertThat(f(ruiz, Feature.NAME_PERSON)).isEqualTo(1);
        assertThat(f(ruiz, Feature.BEFORE)).isEqualTo(1);
        assertThat(f(ruiz, Feature.PARAGRAPHS_1)).isEqualTo(1);
        assertThat(f(ruiz, Feature.SPEECH_SUBJECT)).as("Ruiz said").isEqualTo(1);
        assertThat(f(ruiz, Feature.SENTENCE_SUBJECT)).isEqualTo(1);
        assertThat(f(ruiz, Feature.WHOLE_PARAGRAPH_PREVIOUS_PARAGRAPH)).isEqualTo(1);
        assertThat(f(ruiz, Feature.LOG_MENTIONS)).as("named twice before the quote: Ana Ruiz, Ruiz").isEqualTo(Math.log1p(2));

        Candidate she = mention(r, "She");
        assertThat(f(she, Feature.PRONOUN_PERSON)).isEqualTo(1);
        assertThat(f(she, Feature.NEAREST_BEFORE)).as("nothing stands between her and the quote").isEqualTo(0);
        assertThat(she.entity().name()).as("the pronoun's referent is known before resolution").isEqualTo("Ana Ruiz");

        Candidate full = mention(r, "Ana Ruiz");
        assertThat(f(full, Feature.PARAGRAPHS_2)).isEqualTo(1);
        assertThat(f(full, Feature.SPEECH_SUBJECT)).isEqualTo(0);
        assertThat(f(full, Feature.LOG_TOKENS_BEFORE)).isGreaterThan(f(ruiz, Feature.LOG_TOKENS_BEFORE));
    }

    @Test
    void earlier_speakers_are_candidates_and_the_last_one_is_marked() {
        String text = """
                Ana Ruiz met Tom Berg, the state engineer, on Monday.

                "The money is there," Berg said.

                "We just need the permits."
                """;
        Ranked r = quoteStarting(recorded(text), text, "We just need");
        Candidate earlier = r.candidates().stream().filter(c -> c.mention() == null).findFirst().orElseThrow();
        assertThat(earlier.entity().name()).isEqualTo("Tom Berg");
        assertThat(f(earlier, Feature.EARLIER_SPEAKER)).isEqualTo(1);
        assertThat(f(earlier, Feature.LAST_SPEAKER)).isEqualTo(1);
        assertThat(f(earlier, Feature.WHOLE_PARAGRAPH_LAST_SPEAKER)).isEqualTo(1);
        assertThat(f(earlier, Feature.SIEVE_CONTINUES)).as("the sieves continued the quote before").isEqualTo(1);
        Candidate ana = mention(r, "Ana Ruiz");
        assertThat(f(ana, Feature.LAST_SPEAKER)).isEqualTo(0);
        assertThat(f(ana, Feature.PARAGRAPHS_2)).isEqualTo(1);
    }

    @Test
    void a_quote_with_its_own_cue_is_left_to_the_sieves() {
        String text = """
                "The money is there," Berg said.
                """;
        assertThat(recorded(text)).singleElement().satisfies(r -> assertThat(r.routed()).isFalse());
    }

    @Test
    void the_shipped_model_loads_and_gives_the_cueless_quote_to_the_mayor() {
        SpeakerRanker shipped = SpeakerRanker.shipped();
        assertThat(shipped.model().features()).isEqualTo(SpeakerRanker.featureNames().size());
        Ranked r = quoteStarting(recorded(CUELESS), CUELESS, "Nobody should");
        SpeakerRanker.Decision d = shipped.decide(r.candidates());
        assertThat(r.candidates().get(d.candidate()).entity().name()).isEqualTo("Ana Ruiz");
        assertThat(d.probability()).isGreaterThan(0.5);

        ExtractedQuote withRanker = new QuoteExtractor().extract(CUELESS).quotes().stream()
                .filter(q -> q.text().startsWith("Nobody")).findFirst().orElseThrow();
        ExtractedQuote rulesOnly = new QuoteExtractor(SpeakerRanker.rulesOnly()).extract(CUELESS).quotes().stream()
                .filter(q -> q.text().startsWith("Nobody")).findFirst().orElseThrow();
        assertThat(rulesOnly.speaker()).isNull();
        assertThat(withRanker.speaker()).isEqualTo("Ana Ruiz");
        assertThat(withRanker.confidence()).isCloseTo(0.9 * d.probability(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_speaker_the_sieves_miss_is_found_by_the_ranker() {
        // the sieves now read "Jim Bennett, 57, told" and "Jim Bennett, a retired postman, told" themselves; a phrase
        // set off by commas that they do not cross is left to the ranker
        String text = """
                Two neighbours stood outside the polling station on Elm Street with opposing signs.

                "We each have our own opinion, but we are friends," Jim Bennett, in a red coat, told a voter who stopped to look at the pair.
                """;
        ExtractedQuote rulesOnly = new QuoteExtractor(SpeakerRanker.rulesOnly()).extract(text).quotes().getFirst();
        ExtractedQuote ranked = new QuoteExtractor().extract(text).quotes().getFirst();
        assertThat(rulesOnly.speaker()).isNull();
        assertThat(ranked.speaker()).isEqualTo("Jim Bennett");
    }

    @Test
    void the_weights_file_names_every_feature_once() throws Exception {
        String tsv;
        try (InputStream in = SpeakerRanker.class.getResourceAsStream(SpeakerRanker.RESOURCE)) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> named = tsv.lines().filter(l -> !l.startsWith("#") && !l.startsWith("@") && !l.isBlank())
                .map(l -> l.split("\t")[0]).toList();
        assertThat(named).containsExactlyElementsOf(SpeakerRanker.featureNames());
    }

    @Test
    void weights_round_trip_through_the_file_format_and_unknown_features_are_refused() {
        double[] w = new double[SpeakerRanker.featureNames().size()];
        for (int i = 0; i < w.length; i++) w[i] = i / 8.0 - 1;
        SpeakerRanker read = SpeakerRanker.parse(SpeakerRanker.format(new LogisticRanker(w), 0.25, List.of("test")));
        assertThat(read.model().weights()).containsExactly(w);
        assertThat(read.threshold()).isEqualTo(0.25);
        assertThatThrownBy(() -> SpeakerRanker.parse("NO_SUCH_FEATURE\t1.0\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
