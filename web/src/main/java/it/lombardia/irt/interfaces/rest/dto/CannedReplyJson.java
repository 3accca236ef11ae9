package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.helpdesk.CannedReply;
import java.time.Instant;

/** A canned reply of a service centre. */
public record CannedReplyJson(
    Long id,
    String centre,
    String language,
    String title,
    String text,
    String updatedBy,
    Instant updatedAt) {

  public static CannedReplyJson of(CannedReply r) {
    return new CannedReplyJson(
        r.getId(),
        r.getCentreCode(),
        r.getLanguage(),
        r.getTitle(),
        r.getText(),
        r.getUpdatedBy(),
        r.getUpdatedAt());
  }
}
