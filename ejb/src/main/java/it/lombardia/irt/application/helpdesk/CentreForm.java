package it.lombardia.irt.application.helpdesk;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A service centre as the Region edits it.
 *
 * @param assts the codes of the ASSTs it serves (each served by one centre at most)
 * @param openingHours e.g. {@code MON-FRI 08:00-18:00; SAT 08:00-12:00} or {@code 24/7}
 * @param localHolidays days like {@code 12-07}, comma-separated, optional
 * @param supervisor one of the centre's operators, told about SLA warnings and breaches; optional
 */
public record CentreForm(
    @NotBlank @Size(max = 200) String name,
    @NotNull List<String> assts,
    @Size(max = 40) String phone,
    @Size(max = 200) @Email String email,
    @NotBlank @Size(max = 400) String openingHours,
    @Size(max = 200) String localHolidays,
    @Size(max = 80) String supervisor) {}
