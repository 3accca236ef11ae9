package it.lombardia.irt.domain.model.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptionCurveTest {

  private final AdoptionCurve lombardia = AdoptionCurve.lombardia();

  @Test
  void theSeedsYearEndsAreMetExactly() {
    assertEquals(0, lombardia.targetOn(LocalDate.of(2024, 1, 1)));
    assertEquals(80_000, lombardia.targetOn(LocalDate.of(2024, 12, 31)));
    assertEquals(170_000, lombardia.targetOn(LocalDate.of(2025, 12, 31)));
    assertEquals(200_000, lombardia.targetOn(LocalDate.of(2026, 12, 31)));
    assertEquals(200_000, lombardia.target());
  }

  @Test
  void betweenTwoPointsTheTargetGrowsDayByDayAlongAStraightLine() {
    // 182 of the 365 days from the end of 2024 to the end of 2025: 80,000 + 90,000 × 182 / 365
    assertEquals(124_876, lombardia.targetOn(LocalDate.of(2025, 7, 1)));
    assertEquals(
        170_000 + 30_000 * 340 / 365, lombardia.targetOn(LocalDate.of(2026, 12, 6)), "today");
    long previous = -1;
    for (LocalDate d = LocalDate.of(2023, 12, 1); d.getYear() < 2028; d = d.plusDays(1)) {
      long target = lombardia.targetOn(d);
      assertTrue(target >= previous, d + " goes back from " + previous + " to " + target);
      previous = target;
    }
  }

  @Test
  void beforeTheStartNothingIsDueAndAfterTheEndTheFinalTargetStays() {
    assertEquals(0, lombardia.targetOn(LocalDate.of(2023, 6, 30)));
    assertEquals(200_000, lombardia.targetOn(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void refusesACurveThatGoesBackOrRepeatsADate() {
    assertRefused(point(2024, 80_000), point(2025, 70_000));
    assertRefused(point(2024, 1), point(2024, 2));
    assertRefused(new AdoptionCurve.Point(START, 10));
    assertRefused();
  }

  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** The target at the end of {@code year}. */
  private static AdoptionCurve.Point point(int year, long patients) {
    return new AdoptionCurve.Point(LocalDate.of(year, 12, 31), patients);
  }

  private static void assertRefused(AdoptionCurve.Point... points) {
    assertThrows(IllegalArgumentException.class, () -> new AdoptionCurve(START, List.of(points)));
  }
}
