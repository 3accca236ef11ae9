package it.lombardia.irt.application.patient;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.patient.CodiceFiscaleCheck;
import it.lombardia.irt.domain.model.patient.CodiceFiscaleCheck.Part;

/** Refuses a codice fiscale with one problem per wrong part, so the user knows where to look. */
final class CodiceFiscaleRefusal {

  private CodiceFiscaleRefusal() {}

  static void requireValid(CodiceFiscaleCheck check) {
    if (check.valid()) {
      return;
    }
    throw new InvalidInputException(
        check.wrong().stream()
            .map(
                part ->
                    new InvalidInputException.Problem(
                        "codiceFiscale", "error.patient.cfPart." + part.name(), english(part)))
            .toList());
  }

  private static String english(Part part) {
    return switch (part) {
      case FORMAT -> "a codice fiscale has 16 letters and digits in the form AAAAAA00A00A000A";
      case SURNAME -> "the surname's three letters (1-3) are wrong";
      case NAME -> "the name's three letters (4-6) are wrong";
      case BIRTH_DATE -> "the birth date (7-11) does not exist";
      case SEX -> "the day of birth (10-11) is neither a man's (01-31) nor a woman's (41-71)";
      case PLACE -> "the place of birth (12-15) is no Italian municipality or foreign state";
      case CHECK_CHARACTER -> "the check character (16) is wrong: a typing error is likely";
    };
  }
}
