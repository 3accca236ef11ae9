package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.helpdesk.KnowledgeBase;
import it.lombardia.irt.application.helpdesk.TicketSatisfactions;
import it.lombardia.irt.domain.model.helpdesk.CannedReply;
import it.lombardia.irt.domain.model.helpdesk.KnowledgeArticle;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * What the centre's knowledge adds to a ticket's page ({@link TicketPage}): the articles matching
 * the ticket, the operator's canned replies to insert into the reply being written, and the closing
 * question to the staff requester once the ticket is resolved.
 */
@Named
@ViewScoped
public class TicketHelp implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject KnowledgeBase knowledge;
  @Inject TicketSatisfactions satisfactions;
  @Inject TicketPage page;

  private transient List<KnowledgeArticle> articles;
  private transient List<CannedReply> cannedReplies;
  private Long cannedReplyId;
  private Integer score;
  private String comment;
  private Boolean asked;
  private TicketState askedIn;

  /** The centre's articles on the ticket's category and summary. */
  public List<KnowledgeArticle> getArticles() {
    Ticket ticket = page.getCurrent();
    if (articles == null && ticket != null) {
      articles = List.of();
      PageActions.attempt(
          () -> articles = knowledge.suggestions(ticket.getCategory(), ticket.getSummary()), null);
    }
    return articles == null ? List.of() : articles;
  }

  /** The canned replies of the operator's centre (none for anyone else). */
  public List<CannedReply> getCannedReplies() {
    if (cannedReplies == null) {
      cannedReplies = List.of();
      if (page.isOperator()) {
        PageActions.attempt(() -> cannedReplies = knowledge.cannedReplies(), null);
      }
    }
    return cannedReplies;
  }

  /** Adds the chosen canned reply to the reply being written, to be edited before sending. */
  public void insert() {
    getCannedReplies().stream()
        .filter(r -> r.getId().equals(cannedReplyId))
        .findFirst()
        .ifPresent(
            r -> {
              String written = page.getReply();
              page.setReply(
                  written == null || written.isBlank()
                      ? r.getText()
                      : written.stripTrailing() + "\n\n" + r.getText());
            });
  }

  /** Whether the caller is the ticket's staff requester, asked the closing question now. */
  public boolean isAsked() {
    Ticket ticket = page.getCurrent();
    if (ticket == null || page.isOperator()) {
      return false;
    }
    if (asked == null || askedIn != ticket.getState()) {
      askedIn = ticket.getState();
      asked = satisfactions.asks(page.getId());
    }
    return asked;
  }

  public void answer() {
    if (PageActions.attempt(
        () -> satisfactions.answer(page.getId(), score, comment), "tickets.satisfaction.thanks")) {
      asked = false;
      score = null;
      comment = null;
    }
  }

  /** The scores offered, 1 (not at all satisfied) to 5 (very satisfied). */
  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public Long getCannedReplyId() {
    return cannedReplyId;
  }

  public void setCannedReplyId(Long cannedReplyId) {
    this.cannedReplyId = cannedReplyId;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
