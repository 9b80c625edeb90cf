package org.verbatim.extraction.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Builds {@code wordnet-words.tsv}, the extraction pipeline's word classes, from WordNet 3.1. The pipeline stays plain
 * Java and starts fast by reading this small table instead of WordNet itself; {@link WordNetLexiconTest} checks that the
 * committed table is what this builder makes. Regenerate with
 * {@code mvn -o -q test-compile exec:java}-free: run {@code main} from the test classpath, or {@code mvn -Ptrain test}.
 *
 * <p>One line a lower-case single word: {@code word<TAB>classes}, classes being letters:
 * <ul>
 *   <li>{@code p}: a common noun for a person ("owner", "goaltender"); {@code m}/{@code f}: of that person's sex</li>
 *   <li>{@code o}: a common noun for an organisation ("union", "ministry", "board")</li>
 *   <li>{@code c}: an ordinary lower-case word of any part of speech ("efforts" via "effort", "inside")</li>
 *   <li>{@code L}, {@code T}, {@code G}, {@code P}: written with a capital, it names a place ("Turkey"), a time or event
 *   ("Boxing Day"'s words), a group or organisation, a person</li>
 *   <li>{@code K}: written with a capital, one word for a kind of person rather than one person ("Kenyan", "Democrat",
 *   "Tory"): a noun.person synset that is no instance</li>
 * </ul>
 */
public final class WordNetLexiconBuilder {

    static final String RESOURCE = "org/verbatim/extraction/lexicon/wordnet-words.tsv";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + RESOURCE);
        Files.createDirectories(out.getParent());
        Files.writeString(out, build(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    static String build() throws JWNLException {
        Dictionary d = Dictionary.getDefaultResourceInstance();
        Map<String, Set<Character>> classes = new TreeMap<>();
        Set<Long> organisations = closure(d, "organization", 1);
        Set<Long> male = new HashSet<>();
        male.addAll(closure(d, "man", 1));
        male.addAll(closure(d, "male", 2));
        Set<Long> female = new HashSet<>();
        female.addAll(closure(d, "woman", 1));
        female.addAll(closure(d, "female", 2));
        for (POS pos : POS.getAllPOS()) {
            Iterator<Synset> it = d.getSynsetIterator(pos);
            while (it.hasNext()) {
                Synset s = it.next();
                String lexFile = s.getLexFileName();
                for (Word w : s.getWords()) {
                    String lemma = w.getLemma();
                    boolean capital = Character.isUpperCase(lemma.charAt(0));
                    for (String part : lemma.split("[ _]")) {
                        if (!part.matches("[A-Za-z][a-z'-]*[a-z]")) continue;
                        String key = part.toLowerCase(Locale.ROOT);
                        if (!capital) {
                            if (part.equals(lemma)) add(classes, key, 'c');
                            continue;
                        }
                        if (!Character.isUpperCase(part.charAt(0))) continue;
                        switch (lexFile) {
                            case "noun.location" -> add(classes, key, 'L');
                            case "noun.time", "noun.event" -> add(classes, key, 'T');
                            case "noun.group" -> add(classes, key, 'G');
                            case "noun.person" -> add(classes, key, 'P');
                            default -> { }
                        }
                        if (lexFile.equals("noun.person") && part.equals(lemma) && s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) {
                            add(classes, key, 'K');
                        }
                    }
                    if (capital || pos != POS.NOUN || !lemma.matches("[a-z][a-z-]*[a-z]")) continue;
                    if (lexFile.equals("noun.person")) {
                        add(classes, lemma, 'p');
                        if (male.contains(s.getOffset())) add(classes, lemma, 'm');
                        if (female.contains(s.getOffset())) add(classes, lemma, 'f');
                    }
                    if (organisations.contains(s.getOffset())) add(classes, lemma, 'o');
                }
            }
        }
        StringBuilder out = new StringBuilder("# WordNet 3.1 word classes for extraction (WordNetLexiconBuilder); WordNet license: wordnet.princeton.edu/license-and-commercial-use\n");
        classes.forEach((word, cs) -> {
            StringBuilder letters = new StringBuilder();
            for (char c : "pmfocLTGPK".toCharArray()) {
                if (cs.contains(c)) letters.append(c);
            }
            out.append(word).append('\t').append(letters).append('\n');
        });
        return out.toString();
    }

    private static void add(Map<String, Set<Character>> classes, String word, char c) {
        classes.computeIfAbsent(word, k -> new HashSet<>()).add(c);
    }

    /** Offsets of the noun synset {@code word#sense} and of everything below it (hyponyms, not instances). */
    private static Set<Long> closure(Dictionary d, String word, int sense) throws JWNLException {
        IndexWord w = d.getIndexWord(POS.NOUN, word);
        Synset root = w.getSenses().get(sense - 1);
        Set<Long> seen = new HashSet<>();
        Deque<Synset> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Synset s = todo.pop();
            if (!seen.add(s.getOffset())) continue;
            for (Pointer p : s.getPointers(PointerType.HYPONYM)) todo.push(p.getTargetSynset());
        }
        return seen;
    }

    static String resourceText() throws IOException {
        try (var in = WordNetLexiconBuilder.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException(RESOURCE + " missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
