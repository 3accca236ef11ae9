package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A proposal to take a patient in charge (also the JSON body of the API). */
public class ProposalForm {

  @NotBlank
  @Size(max = 60)
  private String networkId;

  @NotBlank
  @Size(max = 60)
  private String conditionId;

  @NotEmpty private Set<TelemedicineService> services = EnumSet.noneOf(TelemedicineService.class);

  @NotNull private Enrolment.Origin origin = Enrolment.Origin.HOME;

  @Size(max = 200)
  private String dischargeWard;

  private LocalDate dischargeDate;

  /** Complex or multi-professional: a UVM will be required. */
  private boolean complexCase;

  /** The patient's facts for the protocol's criteria, by fact name. */
  private Map<String, String> facts = new HashMap<>();

  public String getNetworkId() {
    return networkId;
  }

  public void setNetworkId(String networkId) {
    this.networkId = networkId;
  }

  public String getConditionId() {
    return conditionId;
  }

  public void setConditionId(String conditionId) {
    this.conditionId = conditionId;
  }

  public Set<TelemedicineService> getServices() {
    return services;
  }

  public void setServices(Set<TelemedicineService> services) {
    this.services = services;
  }

  public Enrolment.Origin getOrigin() {
    return origin;
  }

  public void setOrigin(Enrolment.Origin origin) {
    this.origin = origin;
  }

  public String getDischargeWard() {
    return dischargeWard;
  }

  public void setDischargeWard(String dischargeWard) {
    this.dischargeWard = dischargeWard;
  }

  public LocalDate getDischargeDate() {
    return dischargeDate;
  }

  public void setDischargeDate(LocalDate dischargeDate) {
    this.dischargeDate = dischargeDate;
  }

  public boolean isComplexCase() {
    return complexCase;
  }

  public void setComplexCase(boolean complexCase) {
    this.complexCase = complexCase;
  }

  public Map<String, String> getFacts() {
    return facts;
  }

  public void setFacts(Map<String, String> facts) {
    this.facts = facts;
  }
}
