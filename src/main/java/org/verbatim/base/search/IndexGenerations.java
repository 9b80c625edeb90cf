package org.verbatim.base.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * A rebuild on Elasticsearch/OpenSearch that searches never see: each index gets a new generation
 * ({@code quote-000002}) with the mapping's settings, the write alias moves to it, the mass indexer fills it from the
 * database while searches still read the complete old generation, and only then the read aliases move, all in one
 * atomic request, and the old generations are deleted. (Hibernate Search's mass indexer would purge the live index
 * first: every node's searches saw a nearly empty index until it was done.)
 */
final class IndexGenerations {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndexGenerations.class);
    private static final Pattern GENERATION = Pattern.compile("(.*)-(\\d{6})");

    /** One index: its aliases, the generation searches read now, and the one being built. */
    private record Generation(Class<?> type, String readAlias, String writeAlias, String live, String next) {
    }

    interface MassIndexing {
        void run() throws InterruptedException;
    }

    private final SearchMapping mapping;
    private final RestClient client;

    IndexGenerations(SearchMapping mapping) {
        this.mapping = mapping;
        this.client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
    }

    /** Builds a new generation of every index with {@code massIndexing} and switches searches to it when done. */
    void rebuild(MassIndexing massIndexing) throws InterruptedException {
        List<Generation> generations = mapping.allIndexedEntities().stream().map(entity -> generationAfter(
                entity.javaClass(), entity.indexManager().unwrap(ElasticsearchIndexManager.class).descriptor()))
                .toList();
        boolean writing = false;
        try {
            for (Generation g : generations) {
                createLike(g);
            }
            moveAliases(generations, true);
            writing = true;
            massIndexing.run();
            for (Generation g : generations) {
                send("POST", "/" + g.next() + "/_refresh", null);
            }
            moveAliases(generations, false);
            writing = false;
        } catch (RuntimeException | InterruptedException e) {
            log.warn("Rebuild failed: searches stay on {}", generations.stream().map(Generation::live).toList());
            if (writing) {
                moveAliasesBack(generations);
            }
            generations.forEach(g -> deleteQuietly(g.next()));
            throw e;
        }
        generations.forEach(g -> deleteQuietly(g.live()));
        log.info("Search now reads {}", generations.stream().map(Generation::next).toList());
    }

    private Generation generationAfter(Class<?> type, ElasticsearchIndexDescriptor descriptor) {
        JsonObject behindRead = JsonParser.parseString(send("GET", "/_alias/" + descriptor.readName(), null))
                .getAsJsonObject();
        if (behindRead.size() != 1) {
            throw new IllegalStateException("Alias " + descriptor.readName() + " should name one index: " + behindRead);
        }
        String live = behindRead.keySet().iterator().next();
        Matcher m = GENERATION.matcher(live);
        if (!m.matches()) {
            throw new IllegalStateException("Index " + live + " is not named <index>-<generation>");
        }
        String next = m.group(1) + "-%06d".formatted(Integer.parseInt(m.group(2)) + 1);
        return new Generation(type, descriptor.readName(), descriptor.writeName(), live, next);
    }

    /** Creates the next generation with the settings and mapping Hibernate Search expects, without its aliases. */
    private void createLike(Generation g) {
        List<JsonObject> bodies = new ArrayList<>();
        mapping.scope(g.type()).schemaManager().exportExpectedSchema((backend, index, export) ->
                bodies.addAll(export.extension(ElasticsearchExtension.get()).bodyParts()));
        if (bodies.size() != 1) {
            throw new IllegalStateException("Expected one index definition for " + g.type() + ", got " + bodies.size());
        }
        JsonObject body = bodies.getFirst().deepCopy();
        body.remove("aliases");
        deleteQuietly(g.next()); // left by a rebuild that died
        send("PUT", "/" + g.next(), body.toString());
    }

    /** Moves the write aliases ({@code write}) or the read aliases to the next generations, atomically. */
    private void moveAliases(List<Generation> generations, boolean write) {
        JsonArray actions = new JsonArray();
        for (Generation g : generations) {
            String alias = write ? g.writeAlias() : g.readAlias();
            actions.add(action("remove", g.live(), alias, null));
            actions.add(action("add", g.next(), alias, write));
        }
        JsonObject body = new JsonObject();
        body.add("actions", actions);
        send("POST", "/_aliases", body.toString());
    }

    private void moveAliasesBack(List<Generation> generations) {
        JsonArray actions = new JsonArray();
        for (Generation g : generations) {
            actions.add(action("remove", g.next(), g.writeAlias(), null));
            actions.add(action("add", g.live(), g.writeAlias(), true));
        }
        JsonObject body = new JsonObject();
        body.add("actions", actions);
        try {
            send("POST", "/_aliases", body.toString());
        } catch (RuntimeException e) {
            log.error("Could not move the write aliases back to {}", generations.stream().map(Generation::live)
                    .toList(), e);
        }
    }

    private static JsonObject action(String verb, String index, String alias, Boolean writeIndex) {
        JsonObject what = new JsonObject();
        what.addProperty("index", index);
        what.addProperty("alias", alias);
        if (writeIndex != null) {
            what.addProperty("is_write_index", writeIndex);
        }
        JsonObject action = new JsonObject();
        action.add(verb, what);
        return action;
    }

    private void deleteQuietly(String index) {
        try {
            send("DELETE", "/" + index + "?ignore_unavailable=true", null);
        } catch (RuntimeException e) {
            log.warn("Could not delete index {}: {}", index, e.getMessage());
        }
    }

    private String send(String method, String path, String json) {
        Request request = new Request(method, path);
        if (json != null) {
            request.setJsonEntity(json);
        }
        try {
            return EntityUtils.toString(client.performRequest(request).getEntity());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        }
    }
}
