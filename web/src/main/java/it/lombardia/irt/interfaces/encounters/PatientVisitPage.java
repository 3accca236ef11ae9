package it.lombardia.irt.interfaces.encounters;

import it.lombardia.irt.application.encounter.LinkRefusedException;
import it.lombardia.irt.application.encounter.PatientVisitDesk;
import it.lombardia.irt.application.encounter.PatientVisits;
import it.lombardia.irt.application.files.UploadLimits;
import it.lombardia.irt.application.helpdesk.LinkDeviceReports;
import it.lombardia.irt.domain.model.encounter.SatisfactionSurvey;
import it.lombardia.irt.interfaces.shell.ClientAddress;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.PartUploads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The patient's (or caregiver's) page of an encounter, opened through a personal link without an
 * account: the video room while the encounter is open (a booked one from shortly before its slot;
 * until then the page says when) — waiting in the lobby until the clinician admits them — what the
 * clinician sent, the questionnaires to answer and, in a tele-control, the readings to share and
 * the data shared so far; the satisfaction questionnaire afterwards. A link that does not open the
 * encounter answers 410 Gone and shows nothing of it.
 */
@Named
@ViewScoped
public class PatientVisitPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientVisits visits;
  @Inject UploadLimits limits;

  private long encounterId;
  private String token;
  private transient PatientVisitDesk.Visit visit;
  private boolean refused;
  private boolean answered;
  private final List<Integer> scores =
      new ArrayList<>(Arrays.asList(new Integer[SatisfactionSurvey.Question.values().length]));
  private String comment;

  /** Each questionnaire's answers on the page: item id → option code (or number). */
  private final AnswerSheets answers = new AnswerSheets();

  /** One id per form shown, so that a form sent twice keeps one response. */
  private final Map<String, String> submissions = new HashMap<>();

  private String readingCode;

  /** As typed: Italians write a decimal comma. */
  private String readingValue;

  private transient List<LinkDeviceReports.HomeDevice> homeDevices;
  private Long problemDeviceId;
  private String problemText;
  private transient Part problemPhoto;
  private String documentTitle;
  private transient Part documentFile;

  /** Answer sheets by questionnaire id, each created when the page first needs it. */
  public static final class AnswerSheets extends HashMap<String, Map<String, String>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Map<String, String> get(Object questionnaireId) {
      return computeIfAbsent((String) questionnaireId, id -> new HashMap<>());
    }
  }

  public void load() {
    try {
      visit = visits.enter(encounterId, token, ClientAddress.ofPage());
    } catch (LinkRefusedException e) {
      refused = true;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
    }
  }

  /**
   * The patient's devices at home the holder may report a problem with, while the link is valid
   * (also after the encounter itself); none otherwise.
   */
  public List<LinkDeviceReports.HomeDevice> getHomeDevices() {
    if (homeDevices == null) {
      try {
        homeDevices = visits.homeDevices(encounterId, token, ClientAddress.ofPage());
      } catch (LinkRefusedException e) {
        homeDevices = List.of();
      }
    }
    return homeDevices;
  }

  /** "Segnala un problema": a ticket about one of the patient's devices, for the help desk. */
  public void reportProblem() {
    if (problemDeviceId == null || problemText == null || problemText.isBlank()) {
      FacesMessages.error("visit.problem.missing");
      return;
    }
    String[] number = new String[1];
    if (share(
        () ->
            number[0] =
                visits.reportDeviceProblem(
                    encounterId,
                    token,
                    problemDeviceId,
                    problemText,
                    PartUploads.of(problemPhoto, limits.linkPhotos()),
                    ClientAddress.ofPage()),
        null)) {
      FacesMessages.info("visit.problem.sent", number[0]);
      problemDeviceId = null;
      problemText = null;
    }
    problemPhoto = null;
  }

  /** "Invia una foto o un documento": a file for the patient's record, seen by the care team. */
  public void sendDocument() {
    String[] title = new String[1];
    if (share(
        () ->
            title[0] =
                visits.sendDocument(
                    encounterId,
                    token,
                    documentTitle,
                    PartUploads.of(documentFile, limits.linkDocuments()),
                    ClientAddress.ofPage()),
        null)) {
      FacesMessages.info("visit.document.sent", title[0]);
      documentTitle = null;
    }
    documentFile = null;
  }

  public String getDocumentTitle() {
    return documentTitle;
  }

  public void setDocumentTitle(String documentTitle) {
    this.documentTitle = documentTitle;
  }

  public Part getDocumentFile() {
    return documentFile;
  }

  public void setDocumentFile(Part documentFile) {
    this.documentFile = documentFile;
  }

  public Part getProblemPhoto() {
    return problemPhoto;
  }

  public void setProblemPhoto(Part problemPhoto) {
    this.problemPhoto = problemPhoto;
  }

  /** Called by the page when the participant leaves the room. */
  public void left() {
    try {
      visits.leave(encounterId, token, ClientAddress.ofPage());
    } catch (LinkRefusedException e) {
      refused = true;
    }
  }

  public void answer() {
    if (PageActions.attempt(
        () -> visits.answerSurvey(encounterId, token, scores, comment, ClientAddress.ofPage()),
        "survey.thanks")) {
      answered = true;
    }
  }

  /** Sends the answers to a questionnaire offered on the page. */
  public void answerQuestionnaire(String questionnaireId) {
    Map<String, String> given = new HashMap<>();
    answers
        .get(questionnaireId)
        .forEach(
            (item, answer) -> {
              if (answer != null && !answer.isBlank()) {
                given.put(item, answer.trim());
              }
            });
    boolean unanswered =
        visit != null
            && visit.toAnswer().stream()
                .filter(q -> q.id().equals(questionnaireId))
                .flatMap(q -> q.items().stream())
                .anyMatch(item -> !given.containsKey(item.id()));
    if (unanswered) {
      FacesMessages.error("visit.answerAll");
      return;
    }
    if (share(
        () ->
            visits.shareAnswers(
                encounterId,
                token,
                questionnaireId,
                given,
                submission(questionnaireId),
                ClientAddress.ofPage()),
        "visit.answersSent")) {
      answers.remove(questionnaireId);
      submissions.remove(questionnaireId);
      load();
    }
  }

  /** Shares a reading the patient took now. */
  public void shareReading() {
    Double value = number(readingValue);
    if (readingCode == null || value == null) {
      FacesMessages.error("visit.readingMissing");
      return;
    }
    if (share(
        () ->
            visits.shareReading(
                encounterId,
                token,
                readingCode,
                value,
                submission("reading"),
                ClientAddress.ofPage()),
        "visit.readingSent")) {
      readingValue = null;
      submissions.remove("reading");
      load();
    }
  }

  /** Sends what the patient shared; a link no longer valid shows the refusal, not an error. */
  private boolean share(Runnable action, String successKey) {
    try {
      return PageActions.attempt(action, successKey);
    } catch (LinkRefusedException e) {
      refused = true;
      visit = null;
      return false;
    }
  }

  private static Double number(String typed) {
    try {
      return typed == null ? null : Double.valueOf(typed.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String submission(String form) {
    return submissions.computeIfAbsent(form, f -> UUID.randomUUID().toString());
  }

  /** The room's configuration for {@code irt-video.js}, or null when there is no room to join. */
  public String getVideo() {
    return visit == null || visit.join() == null ? null : VideoConfig.json(visit.join(), false);
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

  public AnswerSheets getAnswers() {
    return answers;
  }

  public String getReadingCode() {
    return readingCode;
  }

  public void setReadingCode(String readingCode) {
    this.readingCode = readingCode;
  }

  public String getReadingValue() {
    return readingValue;
  }

  public void setReadingValue(String readingValue) {
    this.readingValue = readingValue;
  }

  public Long getProblemDeviceId() {
    return problemDeviceId;
  }

  public void setProblemDeviceId(Long problemDeviceId) {
    this.problemDeviceId = problemDeviceId;
  }

  public String getProblemText() {
    return problemText;
  }

  public void setProblemText(String problemText) {
    this.problemText = problemText;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
