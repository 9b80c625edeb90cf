package org.verbatim.extraction.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.extraction.ArticleText;
import org.verbatim.extraction.ExtractedQuote;
import org.verbatim.extraction.ExtractedSpeaker;
import org.verbatim.extraction.ExtractionResult;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.extraction.UnreadableArticleException;

/**
 * {@code verbatim extract [--json] FILE...}: runs the extractor on files without starting the web application.
 * Exit codes: 0 all files read, 1 some failed (the others are still printed), 2 bad usage.
 */
public final class ExtractCommand {

    static final String USAGE = """
            usage: extract [--json] FILE...
                   extract --bench [--seconds N] [FILE...]

            Extracts quotes and their speakers from news articles (UTF-8 text or HTML, at most %d MB each).
              --json      print one JSON document: {"articles": [...], "errors": [...]}
              --bench     measure articles/s and tokens/s on one thread and on all cores; without FILEs it
                          generates synthetic ~800-word articles
            Offsets (start, end) are UTF-16 code unit (Java char) indexes into the article text; for HTML input
            they index into the extracted main text. text == articleText.substring(start, end).
            Exit status: 0 every file read, 1 some files failed (the rest are still printed), 2 bad usage.
            """.formatted(ArticleText.MAX_BYTES / (1024 * 1024));

    private ExtractCommand() {
    }

    private record Article(String source, ExtractionResult result) {
    }

    private record Failure(String source, String message) {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean bench = false;
        double seconds = 5;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--json" -> json = true;
                case "--bench" -> bench = true;
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "--seconds" -> {
                    if (i + 1 >= args.length) return usage(err, "--seconds needs a number");
                    try {
                        seconds = Double.parseDouble(args[++i]);
                    } catch (NumberFormatException e) {
                        return usage(err, "--seconds needs a number, not " + args[i]);
                    }
                }
                case "--" -> {
                    for (i++; i < args.length; i++) files.add(args[i]);
                }
                default -> {
                    if (a.startsWith("--")) return usage(err, "unknown option " + a);
                    files.add(a);
                }
            }
        }
        if (bench) {
            return Bench.run(files, seconds, out, err);
        }
        if (files.isEmpty()) {
            return usage(err, "no files given");
        }
        QuoteExtractor extractor = new QuoteExtractor();
        List<Article> articles = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (String f : files) {
            try {
                ArticleText text = read(f);
                articles.add(new Article(f, extractor.extract(text)));
            } catch (UnreadableArticleException e) {
                failures.add(new Failure(f, e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new Failure(f, "internal error while extracting (" + e + "); please report it with the file"));
            }
        }
        if (json) {
            out.print(toJson(articles, failures));
            out.println();
        } else {
            printListing(articles, out);
            for (Failure failure : failures) err.println("error: " + failure.message());
        }
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("extract: " + problem);
        err.print(USAGE);
        return 2;
    }

    static ArticleText read(String file) throws UnreadableArticleException {
        Path path;
        try {
            path = Paths.get(file);
        } catch (RuntimeException e) {
            throw new UnreadableArticleException(file + " is not a valid path.");
        }
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableArticleException(file + " is a directory. Give article files.");
            }
            long size = Files.size(path);
            if (size > ArticleText.MAX_BYTES) {
                throw new UnreadableArticleException(String.format(Locale.ROOT,
                        "%s is %.1f MB; the limit is %d MB per article. Split it into separate articles.",
                        file, size / (1024.0 * 1024.0), ArticleText.MAX_BYTES / (1024 * 1024)));
            }
            return ArticleText.read(Files.readAllBytes(path), path.getFileName() == null ? file : path.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new UnreadableArticleException(file + " does not exist.");
        } catch (IOException e) {
            throw new UnreadableArticleException(file + " cannot be read: " + e.getMessage());
        }
    }

    static String toJson(List<Article> articles, List<Failure> failures) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"articles\": [");
        for (int a = 0; a < articles.size(); a++) {
            if (a > 0) sb.append(',');
            appendArticle(sb, articles.get(a).source(), articles.get(a).result(), null);
        }
        sb.append("],\n \"errors\": [");
        for (int i = 0; i < failures.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append("\n  {\"source\": ");
            Json.string(sb, failures.get(i).source());
            sb.append(", \"message\": ");
            Json.string(sb, failures.get(i).message());
            sb.append('}');
        }
        sb.append("]}");
        return sb.toString();
    }

    /**
     * One element of the {@code --json} output's {@code articles}, for other writers of the same format (the export
     * of reviewed articles as a test set). With a {@code text}, the article's text follows its quotes.
     */
    public static void appendArticle(StringBuilder sb, String source, ExtractionResult r, String text) {
        sb.append("\n  {\"source\": ");
        Json.string(sb, source);
        sb.append(", \"title\": ");
        Json.string(sb, r.title());
        sb.append(", \"published\": ");
        Json.string(sb, r.published() == null ? null : r.published().toString());
        sb.append(", \"publisher\": ");
        Json.string(sb, r.publisher());
        sb.append(",\n   \"speakers\": [");
        for (int i = 0; i < r.speakers().size(); i++) {
            ExtractedSpeaker s = r.speakers().get(i);
            if (i > 0) sb.append(',');
            sb.append("\n    {\"name\": ");
            Json.string(sb, s.name());
            sb.append(", \"aliases\": [");
            for (int k = 0; k < s.aliases().size(); k++) {
                if (k > 0) sb.append(", ");
                Json.string(sb, s.aliases().get(k));
            }
            sb.append("], \"role\": ");
            Json.string(sb, s.role());
            sb.append(", \"affiliation\": ");
            Json.string(sb, s.affiliation());
            sb.append(", \"kind\": ");
            Json.string(sb, s.kind().name());
            sb.append('}');
        }
        sb.append("],\n   \"quotes\": [");
        for (int i = 0; i < r.quotes().size(); i++) {
            ExtractedQuote q = r.quotes().get(i);
            if (i > 0) sb.append(',');
            sb.append("\n    {\"text\": ");
            Json.string(sb, q.text());
            sb.append(", \"start\": ").append(q.start()).append(", \"end\": ").append(q.end());
            sb.append(", \"type\": ");
            Json.string(sb, q.type().name());
            sb.append(", \"speaker\": ");
            Json.string(sb, q.speaker());
            sb.append(", \"mention\": ");
            Json.string(sb, q.mention());
            sb.append(", \"cue\": ");
            Json.string(sb, q.cue());
            sb.append(", \"confidence\": ").append(String.format(Locale.ROOT, "%.2f", q.confidence()));
            sb.append('}');
        }
        sb.append(']');
        if (text != null) {
            sb.append(",\n   \"text\": ");
            Json.string(sb, text);
        }
        sb.append('}');
    }

    private static void printListing(List<Article> articles, PrintStream out) {
        for (Article a : articles) {
            ExtractionResult r = a.result();
            out.println("== " + a.source());
            out.println("title: " + r.title() + " | published: " + r.published() + " | publisher: " + r.publisher());
            out.println("speakers:");
            for (ExtractedSpeaker s : r.speakers()) {
                out.println("  - " + s.name() + " [" + s.kind() + "]" + (s.role() == null ? "" : " role: " + s.role())
                        + (s.affiliation() == null ? "" : " | affiliation: " + s.affiliation())
                        + (s.aliases().isEmpty() ? "" : " | aka " + String.join("; ", s.aliases())));
            }
            out.println("quotes:");
            for (ExtractedQuote q : r.quotes()) {
                out.printf(Locale.ROOT, "  [%s %.2f] %s  (mention: %s, cue: %s) @%d-%d%n", q.type(), q.confidence(),
                        q.speaker() == null ? "(no speaker)" : q.speaker(), q.mention(), q.cue(), q.start(), q.end());
                out.println("      \u00AB" + q.text() + "\u00BB");
            }
            out.println();
        }
    }
}
