package org.verbatim.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** What a password must be, and passwords generated for people to change or keep. */
final class Passwords {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; Spring's encoder refuses longer ones rather than ignore the rest. */
    static final int MAX_BYTES = 72;
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** 20 characters without look-alikes (no l, 1, I, O, 0): about 116 bits. */
    static String generate() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static String requireAcceptable(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("A password can have at most " + MAX_BYTES + " bytes (about "
                    + MAX_BYTES + " plain letters)");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("A password cannot be only spaces");
        }
        return password;
    }
}
