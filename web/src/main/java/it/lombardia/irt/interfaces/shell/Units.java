package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.domain.model.shared.UnitSymbols;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** UCUM units as clinicians write them, for the pages ({@link UnitSymbols}). */
@Named
@ApplicationScoped
public class Units {

  public String of(String ucum) {
    return UnitSymbols.readable(ucum);
  }

  /** A reading with its readable unit: "89 %", "120 mmHg", "7" for a count. */
  public String quantity(String number, String ucum) {
    return UnitSymbols.quantity(number, ucum);
  }
}
