package org.verbatim.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.support.Newsroom.said;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.audit.RevisionInfo;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;
import org.verbatim.speaker.SpeakerRepository;
import org.verbatim.support.Newsroom;
import org.verbatim.support.Newsroom.Published;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@WithMockUser(username = "fiona", roles = "FACT_CHECKER")
class SpeakerCurationIT {

    @Autowired
    SpeakerCuration curation;

    @Autowired
    SpeakerDirectory directory;

    @Autowired
    Newsroom newsroom;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    SpeakerRepository speakers;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void merging_moves_the_quotes_unites_the_aliases_and_deletes_the_merged_entry() {
        String m = Newsroom.unique();
        long survivor = newsroom.speaker("Vesna Kral" + m, "V. Kral" + m);
        long duplicate = newsroom.speaker("Vesna Kraal" + m, "Minister Kraal" + m);
        Published older = newsroom.article("Harbour plans " + m, LocalDate.of(2019, 3, 1),
                said(survivor, "The harbour stays open"));
        Published newer = newsroom.article("Harbour reversal " + m, LocalDate.of(2019, 9, 1),
                said(duplicate, "The harbour closes in winter"), said(duplicate, "Fishing boats may stay"));

        var outcome = curation.merge(duplicate, version(duplicate), survivor, version(survivor),
                "Same minister, misspelt by the wire service");

        assertThat(outcome.movedQuotes()).isEqualTo(2);
        assertThat(speakers.findById(duplicate)).isEmpty();
        assertThat(outcome.survivor().aliases()).containsExactlyInAnyOrder("V. Kral" + m, "Vesna Kraal" + m,
                "Minister Kraal" + m);
        assertThat(outcome.survivor().quotes()).isEqualTo(3);
        assertThat(directory.statementsOf(survivor)).extracting(Statement::quoteId)
                .containsExactly(older.quoteIds().get(0), newer.quoteIds().get(0), newer.quoteIds().get(1));
    }

    @Test
    void a_merge_is_audited_with_the_user_and_the_reason_given() {
        String m = Newsroom.unique();
        long survivor = newsroom.speaker("Ana Petrov" + m);
        long duplicate = newsroom.speaker("Anna Petrova" + m);
        Published article = newsroom.article("Budget " + m, null, said(duplicate, "No new taxes"));

        curation.merge(duplicate, version(duplicate), survivor, version(survivor), "Same person, see Wikidata");

        inTransaction(() -> {
            var reader = AuditReaderFactory.get(EntityManagerFactoryUtils.getTransactionalEntityManager(emf));
            Object[] deletion = (Object[]) reader.createQuery().forRevisionsOfEntity(Speaker.class, false, true)
                    .add(AuditEntity.id().eq(duplicate)).add(AuditEntity.revisionType().eq(RevisionType.DEL))
                    .getSingleResult();
            RevisionInfo revision = (RevisionInfo) deletion[1];
            assertThat(revision.getUsername()).isEqualTo("fiona");
            assertThat(revision.getReason()).isEqualTo("Merged speaker Anna Petrova" + m + " into Ana Petrov" + m
                    + ": Same person, see Wikidata");
            Quote moved = (Quote) reader.find(Quote.class, article.quoteIds().getFirst(), revision.getId());
            assertThat(moved.getSpeaker().getCanonicalName()).isEqualTo("Ana Petrov" + m);
            return null;
        });
    }

    @Test
    void the_search_index_finds_moved_quotes_under_the_surviving_name_and_older_ones_under_the_merged_name() {
        String m = Newsroom.unique();   // starts with 'q': "Duart" + m and "Duarte" + m stay two names
        long survivor = newsroom.speaker("Ines Duarte" + m);
        long duplicate = newsroom.speaker("Inez Duart" + m);
        Published own = newsroom.article("Rail " + m, null, said(survivor, "Trains run late"));
        Published moved = newsroom.article("Rail again " + m, null,
                said(duplicate, "Trains will run on time"));

        curation.merge(duplicate, version(duplicate), survivor, version(survivor), "Typo in the feed");

        assertThat(search("speaker.canonicalName", "Duarte" + m))
                .containsExactlyInAnyOrder(own.quoteIds().getFirst(), moved.quoteIds().getFirst());
        // the survivor's own quote learnt the merged name as an alias, although it was not touched itself
        assertThat(search("speaker.aliases", "Duart" + m))
                .containsExactlyInAnyOrder(own.quoteIds().getFirst(), moved.quoteIds().getFirst());
        assertThat(search("speaker.canonicalName", "Duart" + m)).isEmpty();
    }

    @Test
    void renaming_a_speaker_reindexes_their_quotes_and_is_audited() {
        String m = Newsroom.unique();
        long id = newsroom.speaker("Tomas Berg" + m);
        Published article = newsroom.article("Energy " + m, null, said(id, "Prices will fall"));

        SpeakerSummary renamed = curation.edit(id, version(id), new SpeakerDetails("Tomas Bergström" + m,
                List.of("T. Berg" + m), "Energy minister", "Nordic Party", SpeakerKind.PERSON, "Q4115189"),
                "Full name from the ministry's website");

        assertThat(renamed.name()).isEqualTo("Tomas Bergström" + m);
        assertThat(renamed.externalId()).isEqualTo("Q4115189");
        assertThat(search("speaker.canonicalName", "Bergström" + m)).containsExactly(article.quoteIds().getFirst());
        assertThat(search("speaker.canonicalName", "Berg" + m)).isEmpty();
        assertThat(search("speaker.affiliation", "Nordic")).contains(article.quoteIds().getFirst());
        String reason = inTransaction(() -> ((RevisionInfo) ((Object[]) AuditReaderFactory.get(EntityManagerFactoryUtils.getTransactionalEntityManager(emf))
                .createQuery().forRevisionsOfEntity(Speaker.class, false, true).add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(1).getSingleResult())[1]).getReason());
        assertThat(reason).isEqualTo("Full name from the ministry's website");
    }

    @Test
    void a_change_needs_a_reason_and_the_version_the_person_saw() {
        String m = Newsroom.unique();
        long id = newsroom.speaker("Lena Holm" + m);
        long seen = version(id);
        SpeakerDetails details = new SpeakerDetails("Lena Holm" + m, List.of(), "Mayor", null, SpeakerKind.PERSON,
                null);

        assertThatThrownBy(() -> curation.edit(id, seen, details, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        curation.edit(id, seen, details, "Role from the council website");
        assertThatThrownBy(() -> curation.edit(id, seen, details, "Again"))
                .isInstanceOf(OptimisticLockingFailureException.class).hasMessageContaining("reload");
        long other = newsroom.speaker("Other" + m);
        assertThatThrownBy(() -> curation.merge(id, version(id), id, version(id), "Self"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.merge(other, version(other), id, seen, "Stale survivor"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(speakers.findById(other)).isPresent();
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void an_auditor_reads_the_registry_but_cannot_change_it() {
        String m = Newsroom.unique();
        long a = newsroom.speaker("Read Only" + m);
        long b = newsroom.speaker("Read Only Too" + m);

        assertThat(directory.speakers("Read Only" + m, null, 0, 10)).hasSize(1);
        assertThatThrownBy(() -> curation.merge(a, version(a), b, version(b), "Not allowed"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> curation.create(new SpeakerDetails("X" + m, List.of(), null, null,
                SpeakerKind.PERSON, null), null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(speakers.findById(a)).isPresent();
    }

    @Test
    void the_registry_is_filtered_by_name_or_alias_ignoring_case_and_taking_wildcards_literally() {
        String m = Newsroom.unique();
        long byAlias = newsroom.speaker("Karin Sol" + m, "The 100% Mayor" + m);
        long byName = newsroom.speaker("KARIN_SOLBERG" + m);

        assertThat(directory.speakers("100% mayor" + m, null, 0, 10)).extracting(SpeakerSummary::id)
                .containsExactly(byAlias);
        assertThat(directory.speakers("karin_" , null, 0, 100)).extracting(SpeakerSummary::id)
                .contains(byName).doesNotContain(byAlias);
        assertThat(directory.count("karin", null)).isGreaterThanOrEqualTo(2);
        assertThat(directory.speakers("karin", byName, 0, 100)).extracting(SpeakerSummary::id)
                .contains(byAlias).doesNotContain(byName);
    }

    private long version(long speakerId) {
        return speakers.findById(speakerId).orElseThrow().getVersion();
    }

    private List<Long> search(String field, String words) {
        return inTransaction(() -> Search.session(EntityManagerFactoryUtils.getTransactionalEntityManager(emf)).search(Quote.class)
                .where(f -> f.match().field(field).matching(words))
                .fetchHits(50).stream().map(Quote::getId).toList());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }
}
