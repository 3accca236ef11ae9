package it.lombardia.irt.application.network;

import it.lombardia.irt.spi.validation.ValidationReport;
import jakarta.ejb.ApplicationException;

/**
 * A plug-in version was refused; nothing was activated and the running version is untouched. The
 * report lists every problem (HTTP 422).
 */
@ApplicationException(rollback = true)
public class PluginRefusedException extends RuntimeException {

  private final ValidationReport report;

  public PluginRefusedException(ValidationReport report) {
    super(report.describe());
    this.report = report;
  }

  public ValidationReport report() {
    return report;
  }
}
