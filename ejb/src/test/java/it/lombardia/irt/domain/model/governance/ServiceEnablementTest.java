package it.lombardia.irt.domain.model.governance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceEnablementTest {

  private static final LocalDate START = LocalDate.of(2027, 3, 1);

  @Test
  void aServiceIsUsableFromItsStartDayOnAndNotTheDayBefore() {
    assertFalse(ServiceEnablement.enabledOn(Optional.of(START), START.minusDays(1)));
    assertTrue(ServiceEnablement.enabledOn(Optional.of(START), START));
    assertTrue(ServiceEnablement.enabledOn(Optional.of(START), START.plusYears(1)));
  }

  @Test
  void aServiceWithoutAStartDayIsNeverUsable() {
    assertFalse(ServiceEnablement.enabledOn(Optional.empty(), START));
    assertFalse(ServiceEnablement.enabledOn(Optional.empty(), LocalDate.MAX));
  }

  @Test
  void disablingRemovesTheStartDayAndRecordsWhoDidIt() {
    ServiceEnablement e =
        new ServiceEnablement(
            "ASST-X", TelemedicineService.TELECONSULT, START, "system", Instant.EPOCH);
    Instant later = Instant.parse("2027-04-01T10:00:00Z");

    e.set(null, "regione.admin", later);

    assertFalse(e.enabledOn(START.plusYears(1)));
    assertTrue(e.getEnabledFrom().isEmpty());
    assertTrue("regione.admin".equals(e.getSetBy()) && later.equals(e.getSetAt()));
  }
}
