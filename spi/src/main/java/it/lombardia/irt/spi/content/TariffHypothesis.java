package it.lombardia.irt.spi.content;

import java.math.BigDecimal;

/** The working group's tariff hypothesis for a service (seed 000 §5, point 10), in euro. */
public record TariffHypothesis(TelemedicineService service, BigDecimal euro, Label note) {

  /**
   * A tariff written as a decimal string ({@code "35.00"}), so that no binary fraction creeps in.
   *
   * @since 1.5
   */
  public static TariffHypothesis of(TelemedicineService service, String euro, Label note) {
    return new TariffHypothesis(service, new BigDecimal(euro), note);
  }
}
