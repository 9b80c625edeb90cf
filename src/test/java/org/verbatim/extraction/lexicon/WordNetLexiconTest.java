package org.verbatim.extraction.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The committed word-class table is what WordNet gives, and reads as the pipeline expects. */
class WordNetLexiconTest {

    @Test
    void committed_table_is_what_the_builder_makes_from_wordnet() throws Exception {
        assertThat(WordNetLexiconBuilder.resourceText()).isEqualTo(WordNetLexiconBuilder.build());
    }

    @Test
    void word_classes_answer_from_the_table() {
        assertThat(WordClasses.isPersonNoun("goaltender")).isTrue();
        assertThat(WordClasses.isPersonNoun("bakery")).isFalse();
        assertThat(WordClasses.isPersonPlural("fans")).isTrue();
        assertThat(WordClasses.isPersonPlural("firemen")).isTrue();
        assertThat(WordClasses.isOrganisationNoun("union")).isTrue();
        assertThat(WordClasses.isOrganisationNoun("ministries")).isTrue();
        assertThat(WordClasses.gender("spokeswoman")).isEqualTo(-1);
        assertThat(WordClasses.gender("spokesman")).isEqualTo(1);
        assertThat(WordClasses.gender("boy")).isEqualTo(1);
        assertThat(WordClasses.gender("owner")).isZero();
        assertThat(WordClasses.isOrdinaryWord("efforts")).isTrue();
        assertThat(WordClasses.isOrdinaryWord("kovar")).isFalse();
        assertThat(WordClasses.isPlaceName("turkey")).isTrue();
        assertThat(WordClasses.isTimeName("boxing")).isTrue();
        assertThat(WordClasses.isKindOfPerson("ugandan")).isTrue();
        assertThat(WordClasses.isKindOfPerson("republican")).isTrue();
        assertThat(WordClasses.isKindOfPerson("lincoln")).isFalse();
        assertThat(WordClasses.isPluralOfOrdinaryNoun("hornets")).isTrue();
        assertThat(WordClasses.isPluralOfOrdinaryNoun("holmes")).isFalse();
        assertThat(WordClasses.mayNamePerson("centre")).isTrue();
    }
}
