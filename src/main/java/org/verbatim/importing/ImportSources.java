package org.verbatim.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

import org.verbatim.article.WebAddress;
import org.verbatim.extraction.ArticleText;
import org.verbatim.extraction.UnreadableArticleException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The articles in a set of files and folders. Folders are walked recursively (hidden entries skipped, files in name
 * order); {@code .txt}, {@code .html} and JSON-lines files are read, anything else found in a folder is skipped and
 * reported. A file named on its own is read whatever its name, so that a mislabelled file fails with a reason.
 *
 * <p>JSON lines ({@code .jsonl}, {@code .ndjson}): one article per line, a JSON object with {@code text} (plain text)
 * or {@code html} (a page, reduced to its main text), and optionally {@code title}, {@code publisher}, {@code url} and
 * {@code published} ({@code YYYY-MM-DD}). Other fields are ignored; blank lines are skipped.
 */
public final class ImportSources {

    private static final Set<String> TEXT = Set.of("txt", "text");
    private static final Set<String> HTML = Set.of("html", "htm", "xhtml");
    private static final Set<String> JSON_LINES = Set.of("jsonl", "ndjson");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_SOURCE_NAME = 500;

    /** The files to read, the files skipped and why, and how many articles they hold (JSON lines counted line by line). */
    public record Scan(List<Path> files, List<Skipped> skipped, long documents) {
        public Scan {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /** A file or folder found but not read, with what is wrong and what to do, in one line. */
    public record Skipped(Path path, String reason) {
    }

    private ImportSources() {
    }

    /** Whether a file found in a folder is imported: by its extension. */
    public static boolean importable(Path file) {
        String ext = extension(file);
        return TEXT.contains(ext) || HTML.contains(ext) || JSON_LINES.contains(ext);
    }

    public static Scan scan(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, files, skipped);
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path);
            }
        }
        long documents = 0;
        for (Path file : files) {
            documents += JSON_LINES.contains(extension(file)) ? nonBlankLines(file) : 1;
        }
        return new Scan(files, skipped, documents);
    }

    /**
     * Every file below {@code root} in name order, hidden ones left out; anything else found (a link that leads
     * nowhere, a folder that cannot be opened, a pipe) is listed as skipped with the reason, never dropped silently.
     * Links to files are read; links to folders are not followed (a loop would never end).
     */
    private static void walk(Path root, List<Path> files, List<Skipped> skipped) throws IOException {
        List<Path> found = new ArrayList<>();
        List<Skipped> notRead = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(root) || !hidden(root, dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(root, file)) {
                    return FileVisitResult.CONTINUE;
                }
                String notAFile = notARegularFile(file, attrs);
                if (notAFile != null) {
                    notRead.add(new Skipped(file, notAFile));
                } else if (importable(file)) {
                    found.add(file);
                } else {
                    notRead.add(new Skipped(file, "not a .txt, .html or .jsonl file"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!hidden(root, file)) {
                    notRead.add(new Skipped(file, whyUnreadable(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        notRead.sort(Comparator.comparing(Skipped::path));
        files.addAll(found);
        skipped.addAll(notRead);
    }

    /** Why an entry found in a folder is not a file to read, or null when it is one (a link to a file is). */
    private static String notARegularFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
            return null;
        }
        if (attrs.isSymbolicLink()) {
            if (Files.isRegularFile(file)) {
                return importable(file) ? null : "not a .txt, .html or .jsonl file";
            }
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException e) {
                target = "?";
            }
            if (Files.isDirectory(file)) {
                return "a link to the folder " + target + ", not followed: name that folder to import it";
            }
            return Files.exists(file) ? "a link to " + target + ", which is not a file: skipped"
                    : "a link to " + target + ", which does not exist: fix or remove the link";
        }
        return "not a file (a pipe, socket or device): skipped";
    }

    /** What went wrong reading a file, in one line that says what to do: no exception class or stack trace. */
    public static String whyUnreadable(IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null
                ? Path.of(f.getFile()).getFileName().toString() : null;
        if (e instanceof AccessDeniedException) {
            return (file == null ? "It" : file) + " cannot be read: permission denied (check its permissions)";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return (file == null ? "It" : file) + " disappeared before it was read: check it is still there";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return (file == null ? "It" : file) + " cannot be read: " + f.getReason();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Cannot be read: " + message.replaceAll("\\s+", " ");
    }

    /** The scanned articles, one at a time: JSON-lines files are read as the iteration reaches them. */
    public static Iterator<ImportDocument> documents(Scan scan) {
        return new Documents(scan.files());
    }

    /** A path that is neither a file nor a folder: a usage error, reported before anything is imported. */
    public static final class NoSuchFileException extends IOException {
        NoSuchFileException(Path path) {
            super(path + ": " + (Files.isSymbolicLink(path) && !Files.exists(path)
                    ? "a link to a file or folder that does not exist" : "no such file or folder"));
        }
    }

    private static boolean hidden(Path root, Path p) {
        Path relative = root.relativize(p);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static long nonBlankLines(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return in.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            return 1; // reading it fails later, with the reason, as one document
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String sourceName(String source) {
        return source.length() <= MAX_SOURCE_NAME ? source : "…" + source.substring(source.length() - MAX_SOURCE_NAME + 1);
    }

    /** A text or HTML file: one article. */
    private record FileDocument(Path file) implements ImportDocument {
        @Override
        public String source() {
            return file.toString();
        }

        @Override
        public Loaded load() throws UnreadableArticleException, IOException {
            long size = Files.size(file);
            if (size > ArticleText.MAX_BYTES) {
                throw new UnreadableArticleException(String.format(Locale.ROOT, "%s has %,d bytes; an article may"
                        + " have at most %,d (%d MB): split it into its articles.", file.getFileName(), size,
                        ArticleText.MAX_BYTES, ArticleText.MAX_BYTES / (1024 * 1024)));
            }
            ArticleText text = ArticleText.read(Files.readAllBytes(file), file.getFileName().toString());
            return new Loaded(text.text(), new ArticleImporter.Details(text.title(), null, null, null,
                    sourceName(source())));
        }
    }

    /** One line of a JSON-lines file: one article with its details. */
    private record JsonLine(String source, String line) implements ImportDocument {
        @Override
        public Loaded load() throws UnreadableArticleException {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                throw new UnreadableArticleException("Not JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new UnreadableArticleException("Not a JSON object with a \"text\" field.");
            }
            String title = string(node, "title");
            String text = string(node, "text");
            String html = string(node, "html");
            if (text == null && html == null) {
                throw new UnreadableArticleException("No \"text\" (or \"html\") field.");
            }
            ArticleText article;
            if (text != null) {
                if (text.isBlank()) {
                    throw new UnreadableArticleException("An empty \"text\".");
                }
                if (text.length() > ArticleText.MAX_BYTES) {
                    throw new UnreadableArticleException("The text is longer than "
                            + ArticleText.MAX_BYTES / (1024 * 1024) + " MB.");
                }
                article = ArticleText.ofPlainText(text);
            } else {
                article = ArticleText.read(html.getBytes(StandardCharsets.UTF_8), source + ".html");
            }
            LocalDate published = null;
            String date = string(node, "published");
            if (date != null) {
                try {
                    published = LocalDate.parse(date.strip());
                } catch (DateTimeParseException e) {
                    throw new UnreadableArticleException("\"published\" must be a date as YYYY-MM-DD, not “"
                            + date + "”.");
                }
            }
            return new Loaded(article.text(), new ArticleImporter.Details(title != null ? title : article.title(),
                    string(node, "publisher"), published, string(node, "url"), sourceName(source)));
        }

        private String string(JsonNode node, String field) throws UnreadableArticleException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                throw new UnreadableArticleException("\"" + field + "\" must be a string.");
            }
            return value.asString();
        }
    }

    /** The page at {@code url}, fetched when a worker gets to it; a page that cannot be fetched says why. */
    public static ImportDocument page(String url, WebPageFetcher fetcher) {
        return new WebPage(url, fetcher);
    }

    private record WebPage(String url, WebPageFetcher fetcher) implements ImportDocument {
        @Override
        public String source() {
            return sourceName(url);
        }

        @Override
        public Loaded load() throws UnreadableArticleException {
            WebPageFetcher.Page page;
            try {
                page = fetcher.fetch(url);
            } catch (WebPageFetcher.FetchFailed e) {
                throw new UnreadableArticleException(e.getMessage());
            }
            ArticleText text = ArticleText.read(page.utf8(), "page.html");
            return new Loaded(text.text(), new ArticleImporter.Details(text.title(), null, null,
                    WebAddress.isWebAddress(page.url()) ? page.url() : null,
                    sourceName(page.url())));
        }
    }

    /** A file that could not be read at all, and why. */
    private record Unreadable(String source, String reason) implements ImportDocument {
        @Override
        public Loaded load() throws UnreadableArticleException {
            throw new UnreadableArticleException(reason);
        }
    }

    private static final class Documents implements Iterator<ImportDocument> {
        private final Iterator<Path> files;
        private Path jsonFile;
        private BufferedReader jsonLines;
        private long lineNumber;
        private ImportDocument next;

        Documents(List<Path> files) {
            this.files = files.iterator();
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public ImportDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportDocument result = next;
            next = null;
            return result;
        }

        private ImportDocument advance() {
            while (true) {
                if (jsonLines != null) {
                    try {
                        String line;
                        while ((line = jsonLines.readLine()) != null) {
                            lineNumber++;
                            if (!line.isBlank()) {
                                return new JsonLine(jsonFile + ":" + lineNumber, line);
                            }
                        }
                        closeJsonLines();
                    } catch (IOException e) {
                        String where = jsonFile + ":" + (lineNumber + 1);
                        closeJsonLines();
                        return new Unreadable(where, e instanceof CharacterCodingException
                                ? "Not valid UTF-8 at or after this line: it and the rest of the file were not read;"
                                        + " save the file as UTF-8 and import it again"
                                : whyUnreadable(e) + "; the rest of the file was not read");
                    }
                }
                if (!files.hasNext()) {
                    return null;
                }
                Path file = files.next();
                if (!JSON_LINES.contains(extension(file))) {
                    return new FileDocument(file);
                }
                try {
                    jsonLines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    jsonFile = file;
                    lineNumber = 0;
                } catch (IOException e) {
                    return new Unreadable(file.toString(), whyUnreadable(e));
                }
            }
        }

        private void closeJsonLines() {
            try {
                jsonLines.close();
            } catch (IOException ignored) {
                // read-only: nothing to lose
            }
            jsonLines = null;
        }
    }
}
