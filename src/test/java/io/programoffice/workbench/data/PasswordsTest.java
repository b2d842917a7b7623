package io.programoffice.workbench.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PasswordsTest {
    @Test
    public void hash_isTheHexSha256OfSaltFollowedByPassword() {
        // SHA-256("saltpassword")
        assertEquals("13601bda4ea78e55a07b98866d2be6be0744e3866f13c00c811cab608a28f322",
                Passwords.hash("salt", "password"));
    }

    @Test
    public void matches_isTrueOnlyForTheRightPassword() {
        String salt = Passwords.newSalt();
        String hash = Passwords.hash(salt, "alice");
        assertTrue(Passwords.matches(salt, hash, "alice"));
        assertFalse(Passwords.matches(salt, hash, "Alice"));
        assertFalse(Passwords.matches(salt, hash, ""));
    }

    @Test
    public void matches_isFalse_forMissingOrMalformedInput() {
        assertFalse(Passwords.matches(null, "00", "x"));
        assertFalse(Passwords.matches("s", null, "x"));
        assertFalse(Passwords.matches("s", "00", null));
        assertFalse(Passwords.matches("s", "not hex", "x"));
    }

    @Test
    public void newSalt_differsBetweenCalls() {
        assertEquals(32, Passwords.newSalt().length());
        assertNotEquals(Passwords.newSalt(), Passwords.newSalt());
    }
}
