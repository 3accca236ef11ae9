package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.domain.model.enrolment.Uvm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A multidimensional evaluation being recorded (also the JSON body of the API). */
public class UvmForm {

  @NotNull @PastOrPresent private LocalDate heldOn;

  @NotEmpty private List<Uvm.Participant> participants = new ArrayList<>();

  /** In presence, mixed or remote: tele-rehabilitation needs the patient present. */
  @NotNull private Uvm.Mode mode;

  @NotBlank
  @Size(max = 4000)
  private String outcome;

  public Uvm.Mode getMode() {
    return mode;
  }

  public void setMode(Uvm.Mode mode) {
    this.mode = mode;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public List<Uvm.Participant> getParticipants() {
    return participants;
  }

  public void setParticipants(List<Uvm.Participant> participants) {
    this.participants = participants;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
