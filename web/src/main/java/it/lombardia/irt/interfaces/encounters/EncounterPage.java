package it.lombardia.irt.interfaces.encounters;

import it.lombardia.irt.application.agenda.SlotView;
import it.lombardia.irt.application.encounter.ConsultMessages;
import it.lombardia.irt.application.encounter.EncounterRoom;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.encounter.PatientLinkSending;
import it.lombardia.irt.application.encounter.VideoFallback;
import it.lombardia.irt.application.outcome.OutcomeDocuments;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterMessage;
import it.lombardia.irt.domain.model.encounter.ObjectiveProgress;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.patient.Caregiver;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.Formats;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.PublicAddress;
import it.lombardia.irt.interfaces.shell.UserSession;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clinician's page of an encounter: the video room beside the patient's record (latest entries
 * and documents), the patient's personal link, the consult's question and answers with attachments,
 * what a tele-assistance sends, the outcome document to write and sign, and the completion (with
 * the objectives of a tele-rehabilitation session).
 */
@Named
@ViewScoped
public class EncounterPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int RECENT_ENTRIES = 15;

  @Inject Encounters encounters;
  @Inject EncounterRoom room;
  @Inject ConsultMessages messages;
  @Inject OutcomeDocuments outcomes;
  @Inject Formats formats;
  @Inject PatientRegistry registry;
  @Inject HomeCareRecord record;
  @Inject PatientLinkSending linkSending;
  @Inject PublicAddress publicAddress;
  @Inject UserSession session;
  @Inject VideoFallback fallback;

  private long id;
  private Encounter encounter;
  private Patient patient;
  private List<RecordEntry> entries = List.of();
  private List<PatientDocument> documents = List.of();
  private List<EncounterMessage> thread = List.of();
  private OutcomeDocument outcome;
  private String fseStatus;
  private Map<String, String> fields = new HashMap<>();
  private List<ObjectiveProgress> objectives = new ArrayList<>();
  private List<String> objectiveStatuses = new ArrayList<>();
  private List<String> objectiveNotes = new ArrayList<>();
  private List<Questionnaire> questionnaires = List.of();
  private String video;
  private String patientLink;
  private List<Caregiver> caregivers = List.of();
  private Long linkRecipient;
  private String linkChannel = Channel.SMS.name();
  private String message;
  private List<Long> attachments = new ArrayList<>();
  private String tutorialTitle;
  private String tutorialAddress;
  private String questionnaireId;
  private String reason;
  private boolean videoDown;
  private String phoneReason;
  private List<SlotView> freeSlots = List.of();
  private Long newSlotId;
  private String rescheduleReason;

  public void load() {
    PageActions.attempt(
        () -> {
          encounter = encounters.encounter(id);
          patient = registry.open(encounter.getPatientId(), RecordPart.IDENTITY);
          entries =
              record.timeline(patient.getId(), HomeCareRecord.Filter.all()).stream()
                  .limit(RECENT_ENTRIES)
                  .toList();
          documents = record.documents(patient.getId());
          caregivers = registry.caregivers(patient.getId());
          thread = messages.messages(id);
          List<OutcomeDocument> existing = outcomes.ofEncounter(id);
          outcome = existing.isEmpty() ? null : existing.get(0);
          fields = new HashMap<>();
          if (outcome != null) {
            outcome.getFields().forEach(f -> fields.put(f.name(), f.text()));
          }
          fseStatus = outcome != null && outcome.isSigned() ? fseStatusOf(outcome) : null;
          objectives = encounter.getObjectives();
          objectiveStatuses =
              new ArrayList<>(objectives.stream().map(o -> o.status().name()).toList());
          objectiveNotes =
              new ArrayList<>(
                  objectives.stream().map(o -> o.note() == null ? "" : o.note()).toList());
          if (isLead()
              && (encounter.getService() == TelemedicineService.TELEASSISTANCE
                  || encounter.getService() == TelemedicineService.TELECONTROL)) {
            questionnaires = messages.questionnaires(patient.getId());
          }
        },
        null);
  }

  /** Joins the video room: the page then opens it beside the record. */
  public void join() {
    PageActions.attempt(() -> video = VideoConfig.json(room.join(id), isLead()), null);
    load();
  }

  /**
   * The page's script could not reach the video service: the page offers a retry and, to the lead,
   * the telephone or another time (the stay in the room goes on until they leave).
   */
  public void videoUnavailable() {
    videoDown = true;
    if (isLead() && encounter.getSlotId() != null) {
      PageActions.attempt(() -> freeSlots = fallback.freeSlots(id), null);
    }
  }

  /** Tries the video service again: the room is reopened, the page's script reloads its API. */
  public void retryVideo() {
    videoDown = false;
    join();
  }

  /** Goes on by telephone, with the reason: the encounter says so, and so does the record. */
  public void holdByPhone() {
    if (PageActions.attempt(
        () -> fallback.holdByPhone(id, phoneReason), "encounter.byPhone.done")) {
      videoDown = false;
      phoneReason = null;
    }
    load();
  }

  /** Moves the encounter to the chosen free slot of its agenda; the patient's link follows. */
  public void reschedule() {
    if (PageActions.attempt(
        () -> fallback.reschedule(id, newSlotId == null ? 0 : newSlotId, rescheduleReason),
        "encounter.rescheduled")) {
      if (video != null) {
        // the room is for the new time: the stay so far is accounted now
        PageActions.attempt(() -> room.leave(id), null);
        video = null;
      }
      videoDown = false;
      newSlotId = null;
      rescheduleReason = null;
    }
    load();
  }

  public void leave() {
    if (PageActions.attempt(() -> room.leave(id), "encounter.left")) {
      video = null;
    }
    load();
  }

  /**
   * Sends a personal link to the patient or the chosen caregiver, by SMS or e-mail at their contact
   * on the record, in the language of the page.
   */
  public void sendLink() {
    PageActions.attempt(
        () ->
            linkSending.issueAndSend(
                id,
                linkRecipient,
                null,
                Channel.valueOf(linkChannel),
                session.getLanguage(),
                publicAddress.base(request())),
        "encounter.linkSent");
  }

  /** A personal link for the patient, shown once, for when it must be read out on the phone. */
  public void issueLink() {
    PageActions.attempt(
        () -> patientLink = publicAddress.base(request()) + room.issueLink(id, null, null).path(),
        "encounter.linkIssued");
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public void post() {
    if (PageActions.attempt(() -> messages.post(id, message, attachments), "encounter.posted")) {
      message = null;
      attachments = new ArrayList<>();
      load();
    }
  }

  public void sendTutorial() {
    if (PageActions.attempt(
        () -> messages.sendTutorial(id, tutorialTitle, tutorialAddress), "encounter.sent")) {
      tutorialTitle = null;
      tutorialAddress = null;
      load();
    }
  }

  public void sendQuestionnaire() {
    if (PageActions.attempt(
        () -> messages.sendQuestionnaire(id, questionnaireId), "encounter.sent")) {
      load();
    }
  }

  public void draft() {
    PageActions.attempt(() -> outcomes.draft(id), null);
    load();
  }

  public void save() {
    PageActions.attempt(() -> outcomes.write(outcome.getId(), fields), "encounter.outcomeSaved");
    load();
  }

  public void sign() {
    PageActions.attempt(
        () -> {
          outcomes.write(outcome.getId(), fields);
          outcomes.signOff(outcome.getId());
        },
        "encounter.signed");
    load();
  }

  public void complete() {
    List<ObjectiveProgress> progress = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      progress.add(
          new ObjectiveProgress(
              objectives.get(i).objective(),
              ObjectiveProgress.Status.valueOf(objectiveStatuses.get(i)),
              objectiveNotes.get(i)));
    }
    PageActions.attempt(() -> encounters.complete(id, progress), "encounter.completed");
    video = null;
    load();
  }

  public void cancel() {
    PageActions.attempt(() -> encounters.cancel(id, reason), "encounter.cancelled");
    load();
  }

  public boolean isLead() {
    return encounter != null
        && encounter.getLeadUsername().equals(CallContext.requireActor().name());
  }

  public boolean isInvolved() {
    return encounter != null && encounter.involves(CallContext.requireActor().name());
  }

  public List<OutcomeKind.FieldSpec> getFieldSpecs() {
    return outcome == null ? List.of() : outcome.getKind().fields();
  }

  public List<ObjectiveProgress.Status> getStatuses() {
    return List.of(ObjectiveProgress.Status.values());
  }

  public String documentTitle(Long documentId) {
    return documents.stream()
        .filter(d -> d.getId().equals(documentId))
        .map(PatientDocument::getTitle)
        .findFirst()
        .orElse("#" + documentId);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Encounter getEncounter() {
    return encounter;
  }

  public Patient getPatient() {
    return patient;
  }

  public List<RecordEntry> getEntries() {
    return entries;
  }

  public List<PatientDocument> getDocuments() {
    return documents;
  }

  public List<EncounterMessage> getThread() {
    return thread;
  }

  public OutcomeDocument getOutcome() {
    return outcome;
  }

  /**
   * The signed document's way to the FSE as it was at the last load: queued, retrying after a
   * failure, or delivered and when; null before signing or for a document the FSE does not take.
   */
  public String getFseStatus() {
    return fseStatus;
  }

  private String fseStatusOf(OutcomeDocument signed) {
    return outcomes
        .fseDelivery(signed.getId())
        .map(
            d ->
                d.getStatus() == Delivery.Status.DELIVERED
                    ? FacesMessages.text(
                        "outcome.fse.delivered", formats.dateTime(d.getDeliveredAt()))
                    : d.getAttempts() == 0
                        ? FacesMessages.text("outcome.fse.queued")
                        : FacesMessages.text(
                            "outcome.fse.retrying",
                            d.getAttempts(),
                            formats.dateTime(d.getNextAttemptAt())))
        .orElse(null);
  }

  public Map<String, String> getFields() {
    return fields;
  }

  public List<ObjectiveProgress> getObjectives() {
    return objectives;
  }

  public List<String> getObjectiveStatuses() {
    return objectiveStatuses;
  }

  public List<String> getObjectiveNotes() {
    return objectiveNotes;
  }

  public List<Questionnaire> getQuestionnaires() {
    return questionnaires;
  }

  public String getVideo() {
    return video;
  }

  public List<Caregiver> getCaregivers() {
    return caregivers;
  }

  public Long getLinkRecipient() {
    return linkRecipient;
  }

  public void setLinkRecipient(Long linkRecipient) {
    this.linkRecipient = linkRecipient;
  }

  public String getLinkChannel() {
    return linkChannel;
  }

  public void setLinkChannel(String linkChannel) {
    this.linkChannel = linkChannel;
  }

  public String getPatientLink() {
    return patientLink;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public List<Long> getAttachments() {
    return attachments;
  }

  public void setAttachments(List<Long> attachments) {
    this.attachments = attachments;
  }

  public String getTutorialTitle() {
    return tutorialTitle;
  }

  public void setTutorialTitle(String tutorialTitle) {
    this.tutorialTitle = tutorialTitle;
  }

  public String getTutorialAddress() {
    return tutorialAddress;
  }

  public void setTutorialAddress(String tutorialAddress) {
    this.tutorialAddress = tutorialAddress;
  }

  public String getQuestionnaireId() {
    return questionnaireId;
  }

  public void setQuestionnaireId(String questionnaireId) {
    this.questionnaireId = questionnaireId;
  }

  public boolean isVideoDown() {
    return videoDown;
  }

  public String getPhoneReason() {
    return phoneReason;
  }

  public void setPhoneReason(String phoneReason) {
    this.phoneReason = phoneReason;
  }

  public List<SlotView> getFreeSlots() {
    return freeSlots;
  }

  public Long getNewSlotId() {
    return newSlotId;
  }

  public void setNewSlotId(Long newSlotId) {
    this.newSlotId = newSlotId;
  }

  public String getRescheduleReason() {
    return rescheduleReason;
  }

  public void setRescheduleReason(String rescheduleReason) {
    this.rescheduleReason = rescheduleReason;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
