package org.verbatim.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of our own scripts ({@code frontend/components}) with the hash of their content in them, so that the
 * browser keeps each for good ({@link StaticResourceCaching}) and still gets a changed one at once. Vaadin does this
 * for style sheets by itself, not for scripts.
 */
public final class VersionedAssets {

    private static final Map<String, String> ADDRESSES = new ConcurrentHashMap<>();

    private VersionedAssets() {
    }

    /** {@code components/vb-article-reader.js} → {@code context://components/vb-article-reader.js?v=<hash>}. */
    public static String script(String path) {
        return ADDRESSES.computeIfAbsent(path, p -> "context://" + p + "?v=" + contentHash(p));
    }

    private static String contentHash(String path) {
        String resource = "META-INF/resources/" + path;
        try (InputStream in = VersionedAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + resource + " on the class path");
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
