package org.verbatim.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class DemoArticlesIT {

    @Autowired
    DemoArticles demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_five_demo_articles_are_loaded_on_first_start_with_their_quotes() {
        long demoArticles = jdbc.sql("select count(*) from article where source_name like 'demo/%'")
                .query(Long.class).single();
        assertThat(demoArticles).isEqualTo(5);
        long demoQuotes = jdbc.sql("select count(*) from quote q join article a on a.id = q.article_id "
                + "where a.source_name like 'demo/%'").query(Long.class).single();
        assertThat(demoQuotes).isGreaterThan(10);
    }

    @Test
    void a_second_start_does_not_load_them_again() throws Exception {
        long before = jdbc.sql("select count(*) from article").query(Long.class).single();
        demo.loadOnFirstStart();
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
    }
}
