package it.lombardia.irt.application.patient;

import java.time.LocalDate;

/**
 * An assistito as the national registry (ANA) knows them: what IRT may prefill, or check, when a
 * patient is registered. The registry is the authority on these values; IRT only copies them.
 *
 * @param codiceFiscale the code the registry answered for, upper case
 * @param sex {@code "M"} or {@code "F"}
 * @param birthPlace the comune (or foreign state) of birth, as the registry names it
 * @param residenceMunicipality the comune di residenza
 * @param generalPractitioner the assigned MMG/PLS (medico curante), or {@code null} when the
 *     registry does not give one
 * @param deceased whether the registry records the assistito as deceased
 */
public record AnaRecord(
    String codiceFiscale,
    String givenName,
    String familyName,
    LocalDate birthDate,
    String birthPlace,
    String sex,
    String residenceMunicipality,
    String generalPractitioner,
    boolean deceased) {}
