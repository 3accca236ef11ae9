package it.lombardia.irt.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(1000);

  @Test
  void acceptsTheRightPasswordAndRejectsAWrongOne() {
    String hash = hasher.hash("Corretta-2026");

    assertTrue(hasher.matches("Corretta-2026", hash));
    assertFalse(hasher.matches("corretta-2026", hash));
  }

  @Test
  void saltsEveryHash() {
    assertNotEquals(hasher.hash("uguale-uguale"), hasher.hash("uguale-uguale"));
  }

  @Test
  void keepsVerifyingHashesMadeWithAnotherIterationCount() {
    String old = new PasswordHasher(500).hash("vecchia-password");

    assertTrue(hasher.matches("vecchia-password", old));
  }

  @Test
  void rejectsMalformedStoredHashes() {
    assertFalse(hasher.matches("x", "plain-text"));
    assertFalse(hasher.matches("x", null));
  }
}
