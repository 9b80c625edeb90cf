package org.verbatim.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * Many transactions creating the same new speakers at once, as several nodes importing at once do: the database's
 * unique key lets one of them create each speaker, and the others reuse it. Nothing in this JVM serialises them here
 * ({@link ArticleImporter#storeAll} is called directly, without the bulk import's writer lock).
 */
@VerbatimIntegrationTest
class SpeakerIdentityIT {

    @Autowired
    ArticleImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SpeakerRepository speakers;

    @Test
    void concurrent_transactions_creating_the_same_speakers_leave_one_entry_each() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        List<String> names = List.of("Ardel Quimby" + tag, "Serafina Vost" + tag, "Oskar Lindqvar" + tag);
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<ImportOutcome>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Callable<List<ImportOutcome>> work = () -> RunAs.user("importer" + writer, Role.FACT_CHECKER).call(() -> {
                // two articles per transaction, each naming all three speakers (the same affiliation each time)
                List<ArticleImporter.Prepared> batch = new ArrayList<>();
                for (int a = 0; a < 2; a++) {
                    batch.add(importer.prepare(article(names, tag + "-" + writer + "-" + a),
                            ArticleImporter.Details.none("race-" + writer + "-" + a), importer.knownContents()));
                }
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return importer.storeAll(batch);
            });
            results.add(pool.submit(work));
        }
        for (Future<List<ImportOutcome>> result : results) {
            assertThat(result.get()).allSatisfy(o -> assertThat(o.status()).isEqualTo(ImportOutcome.Status.IMPORTED));
        }
        pool.shutdown();

        for (String name : names) {
            List<Long> entries = jdbc.sql("select id from speaker where canonical_name = ?").param(name)
                    .query(Long.class).list();
            assertThat(entries).as("registry entries for %s", name).hasSize(1);
            long quotes = jdbc.sql("select count(*) from quote where speaker_id = ?").param(entries.getFirst())
                    .query(Long.class).single();
            assertThat(quotes).as("quotes of %s", name).isEqualTo(writers * 2L);
        }
    }

    @Test
    void the_database_refuses_a_second_entry_with_the_same_name_and_affiliation() {
        String name = "Brannoch Teel " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        speakers.saveAndFlush(new Speaker(name, SpeakerKind.PERSON, null, "Harbour Board"));
        // written differently: case, spacing and a compatibility form of a letter make no new speaker
        assertThatThrownBy(() -> speakers.saveAndFlush(new Speaker(" " + name.toUpperCase().replace(" ", "  "),
                SpeakerKind.PERSON, "Chair", "harbour  board")))
                .satisfies(e -> assertThat(org.verbatim.base.database.Races.duplicateOf(e, "uk_speaker_identity"))
                        .isTrue());
        // another affiliation is another person
        speakers.saveAndFlush(new Speaker(name, SpeakerKind.PERSON, null, "Fisheries Council"));
        assertThat(jdbc.sql("select count(*) from speaker where canonical_name = ?").param(name).query(Long.class)
                .single()).isEqualTo(2);
    }

    private static String article(List<String> names, String marker) {
        StringBuilder text = new StringBuilder("Port council meeting " + marker + " in Velmora on Tuesday.\n\n");
        String[] said = {"The dredging will start in May", "We have not seen the budget", "Fishing boats come first"};
        for (int i = 0; i < names.size(); i++) {
            text.append("“").append(said[i]).append(" ").append(marker).append(",” said ").append(names.get(i))
                    .append(", a member of the Velmora Port Council.\n\n");
        }
        return text.toString();
    }
}
