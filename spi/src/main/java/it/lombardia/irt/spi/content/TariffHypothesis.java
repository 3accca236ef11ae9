package it.lombardia.irt.spi.content;

import java.math.BigDecimal;

/** The working group's tariff hypothesis for a service (seed 000 §5, point 10), in euro. */
public record TariffHypothesis(TelemedicineService service, BigDecimal euro, Label note) {}
