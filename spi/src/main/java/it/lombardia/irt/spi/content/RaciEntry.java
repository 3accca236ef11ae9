package it.lombardia.irt.spi.content;

/**
 * Who does what in the protocol (RACI matrix): for an activity, a professional figure and their
 * part.
 *
 * @param professional e.g. {@code MMG}, {@code cardiologist}, {@code IFeC nurse}
 */
public record RaciEntry(Label activity, String professional, Raci part) {

  /** Responsible, Accountable, Consulted, Informed. */
  public enum Raci {
    RESPONSIBLE,
    ACCOUNTABLE,
    CONSULTED,
    INFORMED
  }
}
