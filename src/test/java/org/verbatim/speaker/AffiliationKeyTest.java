package org.verbatim.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AffiliationKeyTest {

    @Test
    void a_government_its_ministries_spokespeople_and_councils_share_one_key() {
        String country = AffiliationKey.of("Latvia");
        assertThat(AffiliationKey.of("Latvian")).isEqualTo(country);
        assertThat(AffiliationKey.of("Latvia's Ministry of Finance")).isEqualTo(country);
        assertThat(AffiliationKey.of("Government of Latvia")).isEqualTo(country);
        assertThat(AffiliationKey.ofSpeaker("Latvian Foreign Ministry", SpeakerKind.ORGANIZATION, null))
                .isEqualTo(country);
        assertThat(AffiliationKey.ofSpeaker("Dace Liepa", SpeakerKind.PERSON, "Latvian Prime Minister"))
                .isEqualTo(country);
        assertThat(AffiliationKey.of("Valmark Border Guard")).isEqualTo(AffiliationKey.of("Valmark"));
        assertThat(AffiliationKey.of("Tarvik responsible for housing")).isEqualTo(AffiliationKey.of("Tarvik"));
        assertThat(AffiliationKey.of("logistics at Brenholt")).isEqualTo(AffiliationKey.of("Brenholt"));
        assertThat(AffiliationKey.of("Foreign Ministry")).isNotEqualTo(AffiliationKey.of("Foreign"));
    }

    @Test
    void names_acronyms_and_adjectives_of_one_country_meet_through_wordnet() {
        String us = AffiliationKey.of("United States");
        assertThat(AffiliationKey.of("U.S.")).isEqualTo(us);
        assertThat(AffiliationKey.of("USA")).isEqualTo(us);
        assertThat(AffiliationKey.of("American")).isEqualTo(us);
        assertThat(AffiliationKey.of("United States of America")).isEqualTo(us);
        assertThat(AffiliationKey.of("Dutch")).isEqualTo(AffiliationKey.of("Netherlands"));
        assertThat(AffiliationKey.of("British")).isEqualTo(AffiliationKey.of("UK")).isEqualTo(AffiliationKey.of("Britain"));
        assertThat(AffiliationKey.of("Iranian")).isEqualTo(AffiliationKey.of("Iran's Foreign Ministry"));
        // countries nobody has heard of meet by spelling
        assertThat(AffiliationKey.of("Ruritanian")).isEqualTo(AffiliationKey.of("Ruritania"));
    }

    @Test
    void opposition_groups_exiles_parties_and_associations_are_not_the_government() {
        String country = AffiliationKey.of("Iran");
        assertThat(AffiliationKey.of("People's Mojahedin Organization of Iran")).isNotEqualTo(country).isNotNull();
        assertThat(AffiliationKey.of("Iranian opposition in exile")).isNotEqualTo(country);
        assertThat(AffiliationKey.of("the opposition Union for Progress party")).isNotEqualTo(AffiliationKey.of("Latvia"));
        assertThat(AffiliationKey.of("Latvian Traders Association")).isNotEqualTo(AffiliationKey.of("Latvia"));
        assertThat(AffiliationKey.ofSpeaker("National Council of Resistance of Iran", SpeakerKind.ORGANIZATION, null))
                .isNotEqualTo(country);
    }

    @Test
    void a_key_of_one_word_is_a_place_unless_it_names_a_group() {
        assertThat(AffiliationKey.isPlace(AffiliationKey.of("Latvia"))).isTrue();
        assertThat(AffiliationKey.isPlace(AffiliationKey.of("Malta"))).isTrue();
        assertThat(AffiliationKey.isPlace(AffiliationKey.of("opposition"))).isFalse();
        assertThat(AffiliationKey.isPlace(AffiliationKey.of("analysts"))).isFalse();
        assertThat(AffiliationKey.isPlace(AffiliationKey.of("Kernian Bar Association"))).isFalse();
    }

    @Test
    void a_named_body_speaking_for_itself_shares_the_key_of_the_people_who_work_for_it() {
        assertThat(AffiliationKey.ofSpeaker("Brenholt Rovers", SpeakerKind.ORGANIZATION, null))
                .isEqualTo(AffiliationKey.of("Brenholt Rovers")).isNotNull();
        assertThat(AffiliationKey.ofSpeaker("Tarvik Foods Company", SpeakerKind.ORGANIZATION, null))
                .isEqualTo(AffiliationKey.of("Tarvik Foods Company"));
        // a body of a state keeps its country's key
        assertThat(AffiliationKey.ofSpeaker("Valmark Border Guard", SpeakerKind.ORGANIZATION, null))
                .isEqualTo(AffiliationKey.of("Valmark"));
    }
}
