package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.verbatim.language.WordNetLexicon;

class SearchWordsTest {

    private static final Function<String, Set<String>> WORDNET = WordNetLexicon.shared()::variants;

    @Test
    void possessives_are_dropped() {
        assertThat(SearchWords.expand("Okafor's pledge", w -> Set.of())).isEqualTo("Okafor pledge");
        assertThat(SearchWords.expand("Okafor’s", w -> Set.of())).isEqualTo("Okafor");
        assertThat(SearchWords.expand("the G7's pledge", w -> Set.of())).isEqualTo("the G7 pledge");
    }

    @Test
    void demonyms_and_countries_from_wordnet_both_ways() {
        assertThat(SearchWords.expand("French wine", WORDNET)).isEqualTo("(French | France) wine");
        assertThat(SearchWords.expand("France", WORDNET)).contains("French");
        assertThat(SearchWords.expand("Dutch", WORDNET)).contains("Netherlands");
    }

    @Test
    void acronyms_and_their_expansions_both_ways() {
        assertThat(SearchWords.expand("GDP growth", WORDNET)).isEqualTo("(GDP | \"gross domestic product\") growth");
        assertThat(SearchWords.expand("gross domestic product", WORDNET))
                .isEqualTo("(\"gross domestic product\" | GDP)");
    }

    @Test
    void syntax_is_left_as_written() {
        Function<String, Set<String>> french = Map.of("French", Set.of("France"))::get;
        Function<String, Set<String>> lookup = w -> french.apply(w) == null ? Set.of() : french.apply(w);
        assertThat(SearchWords.expand("-French \"French wine\" Fren* French", lookup))
                .isEqualTo("-French \"French wine\" Fren* (French | France)");
        assertThat(SearchWords.expand("wine | French", lookup)).isEqualTo("wine | French");
    }
}
