package it.lombardia.irt.application.agenda;

import it.lombardia.irt.application.enrolment.ServiceAvailability;
import it.lombardia.irt.application.governance.ServiceRollouts;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.agenda.AgendaRepository;
import it.lombardia.irt.testing.RecordedEvents;
import java.time.Clock;
import java.util.List;

/**
 * The real booking rules over agendas in memory, for the tests of the use cases that book through
 * them (encounters): the care and the pathway are what the caller's policy and availability say.
 */
public final class InMemoryAgendas {

  public final AgendaRepository repository = new InMemoryAgendaRepository();
  public final Agendas agendas = new Agendas();

  public InMemoryAgendas(
      Clock clock,
      PatientAccessPolicy policy,
      ServiceAvailability availability,
      HomeCareRecord record) {
    agendas.clock = clock;
    agendas.agendas = repository;
    agendas.patients = ids -> List.of();
    agendas.policy = policy;
    agendas.availability = availability;
    agendas.record = record;
    agendas.booked = new RecordedEvents<>();
    agendas.rollout = ServiceRollouts.everyService();
  }
}
