package it.lombardia.irt.interfaces.encounters;

import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's open encounters: the asynchronous consults waiting for them (the inbox: a question
 * they are asked, or an answer to their question) and the encounters they lead or take part in.
 */
@Named
@ViewScoped
public class EncounterList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Encounters encounters;
  @Inject PatientRegistry registry;

  private List<Encounter> inbox = List.of();
  private List<Encounter> others = List.of();
  private Map<Long, String> names = new HashMap<>();

  @PostConstruct
  void load() {
    PageActions.attempt(
        () -> {
          List<Encounter> mine = encounters.mine();
          inbox = mine.stream().filter(e -> !e.isSynchronous()).toList();
          others = mine.stream().filter(Encounter::isSynchronous).toList();
          registry
              .worklist()
              .forEach(p -> names.put(p.getId(), p.getFamilyName() + " " + p.getGivenName()));
        },
        null);
  }

  public String patientName(long patientId) {
    return names.getOrDefault(patientId, "#" + patientId);
  }

  public boolean asked(Encounter e) {
    return e.isConsulted(CallContext.requireActor().name());
  }

  public List<Encounter> getInbox() {
    return inbox;
  }

  public List<Encounter> getOthers() {
    return others;
  }
}
