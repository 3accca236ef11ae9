package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.consent.ConsentText;
import java.time.Instant;

/** A {@link ConsentText} as the REST API shows it. */
public record ConsentTextJson(
    String tenantCode,
    Long id,
    ConsentText.Kind kind,
    String language,
    int textVersion,
    String body,
    String publishedBy,
    Instant publishedAt) {

  public static ConsentTextJson of(ConsentText x) {
    return new ConsentTextJson(
        x.getTenantCode(),
        x.getId(),
        x.getKind(),
        x.getLanguage(),
        x.getTextVersion(),
        x.getBody(),
        x.getPublishedBy(),
        x.getPublishedAt());
  }
}
