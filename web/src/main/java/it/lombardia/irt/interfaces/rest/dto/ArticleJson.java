package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.helpdesk.KnowledgeArticle;
import java.time.Instant;

/** A knowledge-base article of a service centre, in both languages. */
public record ArticleJson(
    Long id,
    String centre,
    String category,
    String titleIt,
    String titleEn,
    String bodyIt,
    String bodyEn,
    String updatedBy,
    Instant updatedAt) {

  public static ArticleJson of(KnowledgeArticle a) {
    return new ArticleJson(
        a.getId(),
        a.getCentreCode(),
        a.getCategory().name(),
        a.getTitle().it(),
        a.getTitle().en(),
        a.getBody().it(),
        a.getBody().en(),
        a.getUpdatedBy(),
        a.getUpdatedAt());
  }
}
