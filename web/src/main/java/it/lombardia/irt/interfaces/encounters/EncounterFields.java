package it.lombardia.irt.interfaces.encounters;

import it.lombardia.irt.application.encounter.EncounterForm;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What a page asks for a new encounter — the patient and the service's details — as the fields the
 * page binds (the consulted colleagues typed as a list of usernames).
 */
public class EncounterFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long patientId;
  private boolean synchronous;
  private boolean patientPresent;
  private Long diagnosisId;
  private String nre;
  private String question;
  private String consulted;
  private String note;

  public EncounterFields(boolean synchronous) {
    this.synchronous = synchronous;
  }

  /** The encounter form for {@code service} (null: the agenda's). */
  public EncounterForm toForm(TelemedicineService service) {
    return new EncounterForm(
        patientId,
        service,
        synchronous,
        patientPresent,
        diagnosisId,
        nre,
        question,
        consulted == null || consulted.isBlank()
            ? List.of()
            : Arrays.stream(consulted.split("[,;\\s]+")).filter(u -> !u.isBlank()).toList(),
        note);
  }

  /** Clears what belongs to one encounter, keeping the patient and the mode. */
  public void clearDetails() {
    nre = null;
    question = null;
    consulted = null;
    note = null;
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }

  public boolean isSynchronous() {
    return synchronous;
  }

  public void setSynchronous(boolean synchronous) {
    this.synchronous = synchronous;
  }

  public boolean isPatientPresent() {
    return patientPresent;
  }

  public void setPatientPresent(boolean patientPresent) {
    this.patientPresent = patientPresent;
  }

  public Long getDiagnosisId() {
    return diagnosisId;
  }

  public void setDiagnosisId(Long diagnosisId) {
    this.diagnosisId = diagnosisId;
  }

  public String getNre() {
    return nre;
  }

  public void setNre(String nre) {
    this.nre = nre;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getConsulted() {
    return consulted;
  }

  public void setConsulted(String consulted) {
    this.consulted = consulted;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
