package it.lombardia.irt.interfaces.encounters;

import it.lombardia.irt.application.encounter.LinkRefusedException;
import it.lombardia.irt.application.encounter.PatientVisitDesk;
import it.lombardia.irt.application.encounter.PatientVisits;
import it.lombardia.irt.domain.model.encounter.SatisfactionSurvey;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The patient's (or caregiver's) page of an encounter, opened through a personal link without an
 * account: the video room while the encounter is open — waiting in the lobby until the clinician
 * admits them — what the clinician sent, and the satisfaction questionnaire afterwards. A link that
 * does not open the encounter answers 410 Gone and shows nothing of it.
 */
@Named
@ViewScoped
public class PatientVisitPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientVisits visits;

  private long encounterId;
  private String token;
  private transient PatientVisitDesk.Visit visit;
  private boolean refused;
  private boolean answered;
  private final List<Integer> scores =
      new ArrayList<>(Arrays.asList(new Integer[SatisfactionSurvey.Question.values().length]));
  private String comment;

  public void load() {
    try {
      visit = visits.enter(encounterId, token, address());
    } catch (LinkRefusedException e) {
      refused = true;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
    }
  }

  /** Called by the page when the participant leaves the room. */
  public void left() {
    try {
      visits.leave(encounterId, token, address());
    } catch (LinkRefusedException e) {
      refused = true;
    }
  }

  public void answer() {
    if (PageActions.attempt(
        () -> visits.answerSurvey(encounterId, token, scores, comment, address()),
        "survey.thanks")) {
      answered = true;
    }
  }

  /** The room's configuration for {@code irt-video.js}, or null when there is no room to join. */
  public String getVideo() {
    return visit == null || visit.join() == null
        ? null
        : VideoConfig.json(visit.join(), visit.displayName(), false);
  }

  private static String address() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return ((HttpServletRequest) context.getRequest()).getRemoteAddr();
  }

  /** The scores a question may get, 1 (not at all) to 5 (very much). */
  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public List<SatisfactionSurvey.Question> getQuestions() {
    return List.of(SatisfactionSurvey.Question.values());
  }

  public long getEncounterId() {
    return encounterId;
  }

  public void setEncounterId(long encounterId) {
    this.encounterId = encounterId;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public PatientVisitDesk.Visit getVisit() {
    return visit;
  }

  public boolean isRefused() {
    return refused;
  }

  public boolean isAnswered() {
    return answered;
  }

  public List<Integer> getScores() {
    return scores;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
