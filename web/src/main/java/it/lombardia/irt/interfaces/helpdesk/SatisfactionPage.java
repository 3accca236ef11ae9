package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.encounter.LinkRefusedException;
import it.lombardia.irt.application.helpdesk.SatisfactionLinks;
import it.lombardia.irt.application.helpdesk.TicketSatisfactions;
import it.lombardia.irt.interfaces.shell.ClientAddress;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The public page of the closing question's personal link ({@code visit/rate.xhtml}), sent with a
 * ticket's resolution to the patient or caregiver who asked: the ticket's number, the question
 * (1–5, an optional comment), answered once. A link that opens nothing (unknown, expired, another
 * ASST's) answers 410 Gone.
 */
@Named
@ViewScoped
public class SatisfactionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SatisfactionLinks links;

  private String tenantCode;
  private String token;
  private TicketSatisfactions.Invited invited;
  private boolean refused;
  private boolean done;
  private Integer score;
  private String comment;

  public void load() {
    try {
      invited = links.question(tenantCode, token, ClientAddress.ofPage());
    } catch (LinkRefusedException e) {
      refuse();
    }
  }

  public void submit() {
    try {
      done =
          PageActions.attempt(
              () -> links.answer(tenantCode, token, score, comment, ClientAddress.ofPage()),
              "tickets.satisfaction.thanks");
    } catch (LinkRefusedException e) {
      refuse();
    }
  }

  private void refuse() {
    refused = true;
    invited = null;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
  }

  /** Whether the question is asked: the link works, the ticket is resolved and unanswered. */
  public boolean isOpen() {
    return invited != null && invited.asked() && !done && !refused;
  }

  /** Whether the link works but the question was answered already (here or on the link page). */
  public boolean isAnswered() {
    return invited != null && !invited.asked() && !refused;
  }

  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public String getNumber() {
    return invited == null ? null : invited.number();
  }

  public boolean isRefused() {
    return refused;
  }

  public boolean isDone() {
    return done;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public void setTenantCode(String tenantCode) {
    this.tenantCode = tenantCode;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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
