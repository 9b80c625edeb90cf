package org.verbatim.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's address. Only {@code http} and {@code https} URLs are kept: anything else ({@code javascript:},
 * {@code data:}, {@code file:}…) would be a link that runs or reads something when a reader of an export follows it.
 * Every way in refuses such an address ({@link #check}); what is shown and exported passes {@link #orNull}, so that
 * one stored before this rule never leaves Verbatim either.
 */
public final class WebAddress {

    /** The longest address kept (the column's size). */
    public static final int MAX_LENGTH = 2000;

    // scheme, then an authority with a host; no whitespace or control character anywhere
    private static final Pattern HTTP = Pattern.compile("(?i)https?://([^/?#\\s\\p{Cntrl}]+)[^\\s\\p{Cntrl}]*");

    private WebAddress() {
    }

    /** Whether {@code url} (stripped) is an http or https address with a host, at most {@link #MAX_LENGTH} long. */
    public static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip();
        if (u.length() > MAX_LENGTH) {
            return false;
        }
        Matcher m = HTTP.matcher(u);
        if (!m.matches()) {
            return false;
        }
        String authority = m.group(1);
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host = hostAndPort.startsWith("[") ? hostAndPort : hostAndPort.replaceFirst(":\\d*$", "");
        return !host.isEmpty() && !host.equals("[]");
    }

    /**
     * The address to store: {@code url} stripped, or null when blank.
     *
     * @throws IllegalArgumentException worded "url: …" (the API names the field from it) for anything else
     */
    public static String check(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (!isWebAddress(url)) {
            throw new IllegalArgumentException("url: " + whyNot(url));
        }
        return url.strip();
    }

    /** What is wrong with {@code url}, for a person to correct it; null when nothing is. */
    public static String whyNot(String url) {
        if (url == null || url.isBlank() || isWebAddress(url)) {
            return null;
        }
        if (url.strip().length() > MAX_LENGTH) {
            return "at most " + MAX_LENGTH + " characters (" + url.strip().length() + " given)";
        }
        String shown = url.strip().replaceAll("[\\s\\p{Cntrl}]+", " ");
        shown = shown.length() <= 60 ? shown : shown.substring(0, 59) + "…";
        return "only http:// and https:// web addresses are kept, not “" + shown + "”: correct it or leave it out";
    }

    /** {@code url} when it is a web address, else null: for what is shown and exported. */
    public static String orNull(String url) {
        return isWebAddress(url) ? url.strip() : null;
    }
}
