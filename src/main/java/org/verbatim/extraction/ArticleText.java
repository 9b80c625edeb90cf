package org.verbatim.extraction;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Raw article bytes turned into the text that is stored and that quote offsets index into.
 * Plain text is kept as is (only a UTF-8 byte order mark is dropped); HTML is reduced to its main text with jsoup,
 * one block (heading, paragraph, list item) per paragraph, separated by blank lines.
 */
public final class ArticleText {

    /** News articles are tens of kilobytes; this leaves a wide margin and keeps a 256 MB heap safe. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final String text;
    private final boolean fromHtml;
    private final String title;

    private ArticleText(String text, boolean fromHtml, String title) {
        this.text = text;
        this.fromHtml = fromHtml;
        this.title = title;
    }

    /** Wraps text that is already decoded (e.g. pasted into a form). */
    public static ArticleText ofPlainText(String text) {
        return new ArticleText(Objects.requireNonNull(text, "text"), false, null);
    }

    public static ArticleText read(byte[] bytes, String fileName) throws UnreadableArticleException {
        Objects.requireNonNull(bytes, "bytes");
        String name = fileName == null ? "input" : fileName;
        if (bytes.length == 0) {
            throw new UnreadableArticleException(name + " is empty. Give a file that contains the article text.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableArticleException(tooLarge(name, bytes.length));
        }
        rejectBinary(bytes, name);
        String decoded = decodeUtf8(bytes, name);
        if (!decoded.isEmpty() && decoded.charAt(0) == '\uFEFF') {
            decoded = decoded.substring(1);
        }
        if (looksLikeHtml(decoded, name)) {
            return HtmlMainText.extract(decoded, name);
        }
        if (decoded.isBlank()) {
            throw new UnreadableArticleException(name + " contains only white space. Give a file that contains the article text.");
        }
        return new ArticleText(decoded, false, null);
    }

    static ArticleText fromHtml(String text, String title) {
        return new ArticleText(text, true, title);
    }

    static String tooLarge(String name, long size) {
        return String.format(Locale.ROOT, "%s is %.1f MB; the limit is %d MB per article. Split it into separate articles.",
                name, size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024));
    }

    /** The text as stored; quote offsets index into it. */
    public String text() {
        return text;
    }

    public boolean fromHtml() {
        return fromHtml;
    }

    /** From {@code <title>} or the first {@code <h1>} for HTML; {@code null} for plain text. */
    public String title() {
        return title;
    }

    private static void rejectBinary(byte[] bytes, String name) throws UnreadableArticleException {
        String kind = magic(bytes);
        if (kind != null && kind.startsWith("UTF-16")) {
            throw new UnreadableArticleException(name + " is UTF-16 text; only UTF-8 is accepted: re-save it as UTF-8.");
        }
        if (kind != null) {
            throw new UnreadableArticleException(name + " looks like a " + kind + " file, not text. Export the article as plain text or HTML first.");
        }
        int n = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new UnreadableArticleException(name + " is a binary file (it contains NUL bytes at offset " + i
                        + "). Give the article as UTF-8 text or HTML.");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > 8 && control * 20 > n) {
            throw new UnreadableArticleException(name + " looks binary (" + control + " control bytes in the first " + n
                    + "). Give the article as UTF-8 text or HTML.");
        }
    }

    private static String magic(byte[] b) {
        if (startsWith(b, "%PDF")) return "PDF";
        if (startsWith(b, "PK\u0003\u0004")) return "ZIP/Office";
        if (b.length > 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) return "gzip";
        if (b.length > 3 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "PNG image";
        if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) return "JPEG image";
        if (b.length > 1 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, String ascii) {
        if (b.length < ascii.length()) return false;
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != (byte) ascii.charAt(i)) return false;
        }
        return true;
    }

    private static String decodeUtf8(byte[] bytes, String name) throws UnreadableArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new UnreadableArticleException(String.format(Locale.ROOT,
                    "%s is not valid UTF-8 (byte 0x%02X at offset %d). Re-save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8.",
                    name, bytes[at] & 0xFF, at));
        }
        try {
            CoderResult flush = decoder.flush(out);
            if (flush.isError()) flush.throwException();
        } catch (CharacterCodingException e) {
            throw new UnreadableArticleException(name + " is not valid UTF-8. Re-save it as UTF-8.");
        }
        out.flip();
        return out.toString();
    }

    private static boolean looksLikeHtml(String s, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        if (i >= s.length() || s.charAt(i) != '<') {
            return false;
        }
        String head = s.substring(i, Math.min(s.length(), i + 2048)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.contains("<p>") || head.contains("<p ") || head.contains("<div") || head.contains("<article");
    }
}
