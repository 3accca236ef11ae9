package it.lombardia.irt.application.home;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.device.DeviceLogistics;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.Label;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ADI operator's day: the ASST's devices to deliver (assigned to a patient), to install
 * (delivered), to collect (faulty, or still at a patient whose pathways have all closed), each with
 * the next step to record. The ADI centre handles the logistics of its ASST's devices only.
 */
@Stateless
public class AdiQueue {

  /** Where a device is at a patient's, in use or about to be. */
  static final List<Device.Status> AT_PATIENT =
      List.of(Device.Status.DELIVERED, Device.Status.INSTALLED, Device.Status.IN_USE);

  private static final int MAX_ITEMS = 200;

  @PersistenceContext EntityManager em;
  @Inject DeviceLogistics logistics;

  /** A device and the step it waits for, with its type's name and its patient's. */
  public record Task(
      long deviceId,
      Label typeName,
      String serialNumber,
      String patientName,
      String place,
      Device.Status next) {}

  public record Queue(List<Task> toDeliver, List<Task> toInstall, List<Task> toCollect) {}

  public Queue adi() {
    Guard.requireAnyRole(Role.ADI_OPERATOR);
    Map<String, Label> types = new HashMap<>();
    logistics
        .catalog()
        .forEach(t -> types.put(t.networkId() + "/" + t.type().id(), t.type().name()));
    List<Task> toCollect = new ArrayList<>();
    toCollect.addAll(
        tasks("d.status = :s", Map.of("s", Device.Status.FAULTY), Device.Status.COLLECTED, types));
    toCollect.addAll(
        tasks(
            "d.status in :s and exists (select e.id from Enrolment e"
                + " where e.patientId = d.patientId and e.state = :closed) and not exists"
                + " (select o.id from Enrolment o where o.patientId = d.patientId"
                + " and o.state <> :closed)",
            Map.of("s", AT_PATIENT, "closed", Enrolment.State.CLOSED),
            Device.Status.COLLECTED,
            types));
    return new Queue(
        tasks("d.status = :s", Map.of("s", Device.Status.ASSIGNED), Device.Status.DELIVERED, types),
        tasks(
            "d.status = :s", Map.of("s", Device.Status.DELIVERED), Device.Status.INSTALLED, types),
        toCollect);
  }

  /**
   * The devices at a patient's that meet {@code condition}, oldest first, waiting for {@code next}.
   */
  private List<Task> tasks(
      String condition,
      Map<String, Object> parameters,
      Device.Status next,
      Map<String, Label> types) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select d.id, d.networkId, d.typeId, d.serialNumber, p.familyName, p.givenName,"
                + " d.place from Device d, Patient p where p.id = d.patientId and "
                + condition
                + " order by d.id",
            Object[].class);
    parameters.forEach(query::setParameter);
    return query
        .setMaxResults(MAX_ITEMS)
        .getResultStream()
        .map(
            r ->
                new Task(
                    (Long) r[0],
                    types.get(r[1] + "/" + r[2]),
                    (String) r[3],
                    r[4] + " " + r[5],
                    (String) r[6],
                    next))
        .toList();
  }
}
