package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.Workstation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A workstation as recorded or edited. The code is set once; the state is {@code TO_ACTIVATE} for a
 * new one when not given.
 *
 * @param asst the ASST it belongs to (operators of a centre serving several); else the caller's
 */
public record WorkstationForm(
    @Size(max = 40) String asst,
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}", message = "{irt.workstation.code}")
        String code,
    @NotBlank @Size(max = Workstation.SITE_MAX) String site,
    @NotNull Workstation.SiteKind siteKind,
    Workstation.State state,
    @Size(max = Workstation.NOTES_MAX) String notes) {}
