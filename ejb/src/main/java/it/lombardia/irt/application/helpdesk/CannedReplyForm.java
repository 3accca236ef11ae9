package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.CannedReply;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A canned reply as its centre's operator writes it, in Italian ({@code it}) or English. */
public record CannedReplyForm(
    @NotBlank @Pattern(regexp = "it|en") String language,
    @NotBlank @Size(max = CannedReply.TITLE_MAX) String title,
    @NotBlank @Size(max = CannedReply.TEXT_MAX) String text) {}
