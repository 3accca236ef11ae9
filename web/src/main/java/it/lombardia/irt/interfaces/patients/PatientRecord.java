package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.enrolment.EnrolmentWorkflow;
import it.lombardia.irt.application.monitoring.AlarmPauses;
import it.lombardia.irt.application.patient.CaregiverForm;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.monitoring.AlarmPause;
import it.lombardia.irt.domain.model.patient.Caregiver;
import it.lombardia.irt.domain.model.patient.InPersonDiagnosis;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.patient.PatientAccess;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.record.TimeSpent;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.FileResponses;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A patient's record; outside the care it says so and offers "break the glass" with a reason. Each
 * opening is logged by the registry.
 */
@Named
@ViewScoped
public class PatientRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientRegistry registry;
  @Inject EnrolmentWorkflow workflow;
  @Inject HomeCareRecord record;
  @Inject RecordPdf pdfs;
  @Inject Encounters encounters;
  @Inject AlarmPauses alarmPauses;
  @Inject UserSession session;
  @Inject Clock clock;

  private long id;
  private Patient patient;
  private AlarmPause alarmPause;
  private boolean denied;
  private List<PatientAccess> accesses = List.of();
  private boolean pathway;
  private boolean clinical;
  private String reason;
  private List<Caregiver> caregivers = List.of();
  private CaregiverForm caregiver = new CaregiverForm();
  private List<Enrolment> enrolments = List.of();
  private List<RecordEntry> timeline = List.of();
  private List<HomeCareRecord.TimeTotal> times = List.of();
  private List<PatientDocument> documents = List.of();
  private Set<RecordEntry.Type> types = new HashSet<>();
  private LocalDate from;
  private LocalDate to;
  private String note;
  private TimeSpent.Activity activity = TimeSpent.Activity.ASSESSMENT;
  private LocalDate day;
  private Integer minutes;
  private List<InPersonDiagnosis> diagnoses = List.of();
  private List<Encounter> patientEncounters = List.of();
  private String diagnosisCondition;
  private String diagnosisCode;
  private LocalDate diagnosisDate;
  private String diagnosisBy;

  public void load() {
    if (day == null) {
      day = LocalDate.now(clock);
    }
    try {
      patient = registry.open(id, RecordPart.IDENTITY);
      denied = false;
      accesses = registry.accesses(id);
      caregivers = registry.caregivers(id);
      pathway = registry.reaches(id, RecordPart.PATHWAY);
      clinical = registry.reaches(id, RecordPart.CLINICAL);
      if (pathway) {
        enrolments = workflow.enrolmentsOf(id);
        times = record.timeSpent(id);
        alarmPause = alarmPauses.current(id).orElse(null);
      }
      if (clinical) {
        documents = record.documents(id);
        diagnoses = encounters.diagnoses(id);
        patientEncounters = encounters.ofPatient(id);
        filter();
      }
    } catch (AccessDeniedException e) {
      patient = null;
      denied = true;
    } catch (NotFoundException e) {
      patient = null;
      FacesMessages.error("patients.notFound");
    }
  }

  /** Records a diagnosis made in an in-person visit (a televisit may then follow it up). */
  public void addDiagnosis() {
    if (PageActions.attempt(
        () ->
            encounters.recordDiagnosis(
                id, diagnosisCondition, diagnosisCode, diagnosisDate, diagnosisBy, null),
        "diagnoses.added")) {
      diagnosisCondition = null;
      diagnosisCode = null;
      diagnosisBy = null;
      diagnoses = encounters.diagnoses(id);
    }
  }

  /** Whether the caller reaches the pathway part (enrolments, plans, bookings, alarms). */
  public boolean isPathway() {
    return pathway;
  }

  /** Whether the caller reaches the clinical part (timeline, documents, encounters, readings). */
  public boolean isClinical() {
    return clinical;
  }

  public List<InPersonDiagnosis> getDiagnoses() {
    return diagnoses;
  }

  public List<Encounter> getEncounters() {
    return patientEncounters;
  }

  public String getDiagnosisCondition() {
    return diagnosisCondition;
  }

  public void setDiagnosisCondition(String diagnosisCondition) {
    this.diagnosisCondition = diagnosisCondition;
  }

  public String getDiagnosisCode() {
    return diagnosisCode;
  }

  public void setDiagnosisCode(String diagnosisCode) {
    this.diagnosisCode = diagnosisCode;
  }

  public LocalDate getDiagnosisDate() {
    return diagnosisDate;
  }

  public void setDiagnosisDate(LocalDate diagnosisDate) {
    this.diagnosisDate = diagnosisDate;
  }

  public String getDiagnosisBy() {
    return diagnosisBy;
  }

  public void setDiagnosisBy(String diagnosisBy) {
    this.diagnosisBy = diagnosisBy;
  }

  public void addCaregiver() {
    if (PageActions.attempt(
        () -> registry.addCaregiver(id, caregiver), "patients.caregivers.added")) {
      caregiver = new CaregiverForm();
      caregivers = registry.caregivers(id);
    }
  }

  public CaregiverForm getCaregiver() {
    return caregiver;
  }

  /** Applies the timeline's filter (types, period). */
  public void filter() {
    PageActions.attempt(() -> timeline = record.timeline(id, currentFilter()), null);
  }

  /** Streams the filtered timeline as a PDF in the user's language. */
  public void exportPdf() throws IOException {
    HomeCareRecord.Filter filter = currentFilter();
    byte[] pdf = pdfs.render(patient, record.timeline(id, filter), filter, session.getLocale());
    FileResponses.send(pdf, "application/pdf", "cartella-" + id + ".pdf");
  }

  public void addNote() {
    if (PageActions.attempt(() -> record.addNote(id, note), "record.noteAdded")) {
      note = null;
      filter();
    }
  }

  public void recordTime() {
    if (PageActions.attempt(
        () -> record.recordTime(id, activity, day, minutes == null ? 0 : minutes, null),
        "record.time.added")) {
      minutes = null;
      times = record.timeSpent(id);
    }
  }

  private HomeCareRecord.Filter currentFilter() {
    return new HomeCareRecord.Filter(
        types.isEmpty() ? EnumSet.noneOf(RecordEntry.Type.class) : EnumSet.copyOf(types), from, to);
  }

  public List<RecordEntry.Type> getAllTypes() {
    return List.of(RecordEntry.Type.values());
  }

  public List<TimeSpent.Activity> getActivities() {
    return List.of(TimeSpent.Activity.values());
  }

  public List<Enrolment> getEnrolments() {
    return enrolments;
  }

  public List<RecordEntry> getTimeline() {
    return timeline;
  }

  public List<HomeCareRecord.TimeTotal> getTimes() {
    return times;
  }

  public List<PatientDocument> getDocuments() {
    return documents;
  }

  public Set<RecordEntry.Type> getTypes() {
    return types;
  }

  public void setTypes(Set<RecordEntry.Type> types) {
    this.types = types == null ? new HashSet<>() : types;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public TimeSpent.Activity getActivity() {
    return activity;
  }

  public void setActivity(TimeSpent.Activity activity) {
    this.activity = activity;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public void breakTheGlass() {
    try {
      registry.breakTheGlass(id, reason);
      FacesMessages.info("patients.breakGlass.granted");
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    } catch (AccessDeniedException e) {
      FacesMessages.error("patients.breakGlass.notAllowed");
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  /** The pause of the patient's alarms in force, if any: shown on the record. */
  public AlarmPause getAlarmPause() {
    return alarmPause;
  }

  public Patient getPatient() {
    return patient;
  }

  public boolean isDenied() {
    return denied;
  }

  public List<PatientAccess> getAccesses() {
    return accesses;
  }

  public List<Caregiver> getCaregivers() {
    return caregivers;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
