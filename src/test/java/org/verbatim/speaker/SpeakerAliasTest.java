package org.verbatim.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerAliasTest {

    @Test
    void a_description_that_fits_anyone_in_the_role_is_never_kept_as_an_alias() {
        Speaker speaker = new Speaker("Tove Rask", SpeakerKind.PERSON, "Minister of Ports", "Republic of Velmora");

        for (String description : List.of("the spokesman", "The minister", "a senior official", "officials",
                "her spokeswoman", "the   port authority chief")) {
            speaker.addAlias(description);
        }
        speaker.replaceAliases(List.of("the spokeswoman", "Rask", "Minister Rask"));

        assertThat(speaker.getAliases()).containsExactly("Rask", "Minister Rask");
    }

    @Test
    void names_and_organisations_written_with_the_article_stay_aliases() {
        assertThat(List.of("The Ministry of Ports", "the Velmora Courier", "Kanani", "G7 leaders"))
                .noneMatch(Speaker::isDescription);
        assertThat(Speaker.isDescription("the minister")).isTrue();
    }
}
