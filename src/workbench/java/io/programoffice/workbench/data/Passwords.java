package io.programoffice.workbench.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Salted SHA-256 password hashes for the workbench's users: {@code hex(SHA-256(salt + password))}, where the salt
 * is a random hex string stored next to the hash.
 */
public final class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private Passwords() {
    }

    /** @return a fresh random salt: 16 bytes as 32 lower-case hex digits */
    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HEX.formatHex(salt);
    }

    /** @return the lower-case hex SHA-256 digest of {@code salt + password} */
    public static String hash(String salt, String password) {
        return HEX.formatHex(digest(salt, password));
    }

    /**
     * Compares in constant time.
     *
     * @return whether {@code password} hashes, with {@code salt}, to {@code expectedHash}
     */
    public static boolean matches(String salt, String expectedHash, String password) {
        if (salt == null || expectedHash == null || password == null) {
            return false;
        }
        byte[] expected;
        try {
            expected = HEX.parseHex(expectedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(salt, password));
    }

    private static byte[] digest(String salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return sha256.digest((salt + password).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
