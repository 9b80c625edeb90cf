package org.verbatim.base.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch/OpenSearch backend is a configuration switch: there is no cluster here, so this checks what can
 * be checked without one — the switch resolves to that backend and its configurer bean, and both configurers define
 * every analyzer and normalizer the mapping uses.
 */
class SearchBackendConfigurationTest {

    @Test
    void both_backends_define_every_analyzer_and_normalizer_the_mapping_uses() throws Exception {
        Set<String> used = usedByMapping();
        assertThat(used).contains(Analyzers.ENGLISH, Analyzers.NAME, Analyzers.SORT);
        assertThat(Analyzers.ALL).containsAll(used);

        List<String> lucene = new ArrayList<>();
        new LuceneAnalysis().configure(recorder(LuceneAnalysisConfigurationContext.class, lucene));
        List<String> elasticsearch = new ArrayList<>();
        new ElasticsearchAnalysis().configure(recorder(ElasticsearchAnalysisConfigurationContext.class, elasticsearch));

        assertThat(lucene).containsAll(used);
        assertThat(elasticsearch).containsAll(used);
    }

    @Test
    void the_switch_selects_the_elasticsearch_backend_its_settings_and_its_configurer_bean() throws Exception {
        var env = environment("elasticsearch");
        assertThat(env.getProperty("spring.jpa.properties.hibernate.search.backend.type")).isEqualTo("elasticsearch");
        assertThat(env.getProperty("spring.jpa.properties.hibernate.search.backend.analysis.configurer"))
                .isEqualTo("bean:elasticsearchAnalysis");
        assertThat(env.getProperty("spring.jpa.properties.hibernate.search.backend.hosts")).isEqualTo("localhost:9200");
        assertThat(env.getProperty("spring.jpa.properties.hibernate.search.backend.directory.root")).isNull();
        assertThat(ElasticsearchAnalysis.class.getAnnotation(Component.class).value()).isEqualTo("elasticsearchAnalysis");

        var lucene = environment("lucene");
        assertThat(lucene.getProperty("spring.jpa.properties.hibernate.search.backend.analysis.configurer"))
                .isEqualTo("bean:luceneAnalysis");
        assertThat(lucene.getProperty("spring.jpa.properties.hibernate.search.backend.directory.root")).isNotBlank();
        assertThat(LuceneAnalysis.class.getAnnotation(Component.class).value()).isEqualTo("luceneAnalysis");
    }

    @Test
    void the_synonym_rules_reach_elasticsearch_inline() {
        assertThat(Analyzers.englishSynonymRules()).anyMatch(r -> r.contains("United States"));
        assertThat(Analyzers.multiWordSynonyms()).first().asString().contains(" ");
    }

    /** Application properties as Spring would resolve them with VERBATIM_SEARCH_BACKEND set, imports included. */
    private static StandardEnvironment environment(String backend) throws Exception {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("env", Map.of("VERBATIM_SEARCH_BACKEND", backend,
                "verbatim.data-dir", "/tmp/verbatim-test")));
        env.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        String imported = env.getProperty("spring.config.import");
        assertThat(imported).isEqualTo("classpath:search-" + backend + ".properties");
        env.getPropertySources().addLast(new ResourcePropertySource(
                new ClassPathResource(imported.substring("classpath:".length()))));
        return env;
    }

    private static Set<String> usedByMapping() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        Set<String> names = new LinkedHashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.verbatim")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            Stream.concat(Stream.of(type.getDeclaredFields()), Stream.of(type.getDeclaredMethods()))
                    .map(m -> (AnnotatedElement) m)
                    .forEach(element -> {
                        for (FullTextField f : element.getAnnotationsByType(FullTextField.class)) {
                            names.add(f.analyzer());
                            if (!f.searchAnalyzer().isEmpty()) {
                                names.add(f.searchAnalyzer());
                            }
                        }
                        for (KeywordField k : element.getAnnotationsByType(KeywordField.class)) {
                            if (!k.normalizer().isEmpty()) {
                                names.add(k.normalizer());
                            }
                        }
                    });
        }
        return names;
    }

    /** A stand-in for a configuration context that records the analyzers and normalizers defined on it. */
    @SuppressWarnings("unchecked")
    private static <T> T recorder(Class<T> type, List<String> defined) {
        Map<Class<?>, Object> cache = new HashMap<>();
        return (T) proxy(type, defined, cache);
    }

    private static Object proxy(Class<?> type, List<String> defined, Map<Class<?>, Object> cache) {
        return cache.computeIfAbsent(type, t -> Proxy.newProxyInstance(t.getClassLoader(), new Class<?>[]{t},
                (self, method, args) -> {
                    if ((method.getName().equals("analyzer") || method.getName().equals("normalizer"))
                            && args != null && args.length == 1 && args[0] instanceof String name) {
                        defined.add(name);
                    }
                    Class<?> returns = method.getReturnType();
                    if (returns.isInterface()) {
                        return proxy(returns, defined, cache);
                    }
                    if (method.getName().equals("toString")) {
                        return "recorder";
                    }
                    return returns == boolean.class ? false : returns == int.class ? 0 : null;
                }));
    }
}
