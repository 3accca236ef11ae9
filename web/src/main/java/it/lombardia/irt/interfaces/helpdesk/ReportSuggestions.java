package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.helpdesk.KnowledgeBase;
import it.lombardia.irt.domain.model.helpdesk.KnowledgeArticle;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The knowledge-base articles suggested while a problem is reported: those of the chosen category
 * matching the words of the summary typed so far, refreshed as the reporter types.
 */
@Named
@ViewScoped
public class ReportSuggestions implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject KnowledgeBase knowledge;
  @Inject ReportProblemPage report;

  private String shownFor;
  private transient List<KnowledgeArticle> articles;

  public List<KnowledgeArticle> getArticles() {
    String key = report.getCategory() + "|" + Objects.toString(report.getSummary(), "");
    if (articles == null || !key.equals(shownFor)) {
      articles = List.of();
      shownFor = key;
      PageActions.attempt(
          () -> articles = knowledge.suggestions(report.getCategory(), report.getSummary()), null);
    }
    return articles;
  }
}
