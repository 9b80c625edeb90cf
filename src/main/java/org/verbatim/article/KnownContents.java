package org.verbatim.article;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The content hashes of the articles stored when a bulk import began, kept as their first 64 bits (8 bytes per
 * article: a million articles in 8 MB). {@link #mayContain} answers "no" for certain and "yes" for almost certain,
 * so that an import asks the database only about texts it has most likely seen, not about every one.
 */
public final class KnownContents {

    private final long[] sortedPrefixes;

    private KnownContents(long[] sortedPrefixes) {
        this.sortedPrefixes = sortedPrefixes;
    }

    public static KnownContents of(long[] prefixes) {
        long[] sorted = prefixes.clone();
        Arrays.sort(sorted);
        return new KnownContents(sorted);
    }

    public static KnownContents none() {
        return new KnownContents(new long[0]);
    }

    /** The first 64 bits of a hex SHA-256 as {@link Article#hashOf} writes it. */
    public static long prefixOf(String contentHash) {
        return HexFormat.fromHexDigitsToLong(contentHash, 0, 16);
    }

    /** False: no stored article has this text. True: one most likely has (the database has the last word). */
    public boolean mayContain(String contentHash) {
        return Arrays.binarySearch(sortedPrefixes, prefixOf(contentHash)) >= 0;
    }

    public int size() {
        return sortedPrefixes.length;
    }
}
