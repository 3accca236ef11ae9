package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.KnowledgeArticle;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A knowledge-base article as its centre's operator writes it: both languages are required. */
public record ArticleForm(
    @NotNull TicketCategory category,
    @NotBlank @Size(max = KnowledgeArticle.TITLE_MAX) String titleIt,
    @NotBlank @Size(max = KnowledgeArticle.TITLE_MAX) String titleEn,
    @NotBlank @Size(max = KnowledgeArticle.BODY_MAX) String bodyIt,
    @NotBlank @Size(max = KnowledgeArticle.BODY_MAX) String bodyEn) {}
