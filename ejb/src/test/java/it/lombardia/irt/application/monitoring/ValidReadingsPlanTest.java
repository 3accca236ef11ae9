package it.lombardia.irt.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.PersistenceFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * H2 (the embedded default) looks a reading's corrections up through the corrections index, not
 * through an index that starts with the tenant: that plan scanned the whole ASST for each reading
 * shown, 16 s per patient at 25,000 readings.
 */
class ValidReadingsPlanTest {

  @Test
  void looksCorrectionsUpByTheCorrectedReadingOnH2() throws Exception {
    String url = PersistenceFixture.migratedH2();
    // Measurements.of as Hibernate writes it, with the tenant conditions of @TenantId.
    String validReadings =
        "select m.id from measurement m where m.tenant_code = ? and m.patient_id = ?"
            + " and m.code = ? and m.effective_at >= ? and m.effective_at < ?"
            + " and m.status <> ? and not exists (select r.id from measurement r"
            + " where r.tenant_code = ? and r.corrects_id = m.id)"
            + " order by m.effective_at, m.id";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet plan =
            s.executeQuery(
                "explain "
                    + validReadings
                        .replaceFirst("\\?", "'ASST-A'")
                        .replaceFirst("\\?", "1")
                        .replaceFirst("\\?", "'59408-5'")
                        .replaceFirst("\\?", "timestamp with time zone '2026-01-01 00:00:00+00'")
                        .replaceFirst("\\?", "timestamp with time zone '2027-01-01 00:00:00+00'")
                        .replaceFirst("\\?", "'ENTERED_IN_ERROR'")
                        .replaceFirst("\\?", "'ASST-A'"))) {
      plan.next();
      String corrections = plan.getString(1).substring(plan.getString(1).indexOf("NOT EXISTS"));
      assertTrue(
          corrections.matches("(?s).*/\\* PUBLIC\\.MEASUREMENT_CORRECTS: [^*]*CORRECTS_ID = .*"),
          corrections);
    }
  }
}
