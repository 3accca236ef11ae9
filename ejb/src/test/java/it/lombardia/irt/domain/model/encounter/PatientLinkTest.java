package it.lombardia.irt.domain.model.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PatientLinkTest {

  private static PatientLink linkFor(String name) {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    return new PatientLink(1L, "digest", null, name, now.plusSeconds(3600), "lead", now);
  }

  @Test
  void theVideoProviderSeesOnlyTheHoldersInitials() {
    assertEquals("L. C.", linkFor("Luigia Colombo").videoName());
    assertEquals("M. D. L.", linkFor("  maria  De Luca ").videoName());
    assertEquals("A. M. D. A.", linkFor("Anna-Maria D'Angelo").videoName());
  }
}
