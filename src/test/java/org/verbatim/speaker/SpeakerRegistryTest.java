package org.verbatim.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerRegistryTest {

    @Test
    void a_mention_is_learned_only_when_it_is_a_shorter_form_of_the_machines_name() {
        assertThat(SpeakerRegistry.isShortFormOf("Kanani", "Nasser Kanani")).isTrue();
        assertThat(SpeakerRegistry.isShortFormOf("Nasser Kanani", "Nasser Kanani")).isTrue();
        assertThat(SpeakerRegistry.isShortFormOf("He", "Nasser Kanani")).isFalse();
        assertThat(SpeakerRegistry.isShortFormOf("the spokesman", "Nasser Kanani")).isFalse();
        assertThat(SpeakerRegistry.isShortFormOf("Officials", "Nasser Kanani")).isFalse();
        assertThat(SpeakerRegistry.isShortFormOf("kanani", "Nasser Kanani")).isFalse();
    }

    @Test
    void only_full_names_among_an_extracted_speakers_aliases_are_looked_up() {
        assertThat(SpeakerRegistry.namesToLookUp("Nasser Kanani",
                List.of("Kanani", "the spokesman", "Foreign Ministry spokesman", "N. Kanani", "Foreign Minister",
                        "Mr Kanani")))
                .containsExactly("Nasser Kanani", "N. Kanani", "Mr Kanani");
    }
}
