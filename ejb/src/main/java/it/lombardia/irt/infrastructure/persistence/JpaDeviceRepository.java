package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceAssociation;
import it.lombardia.irt.domain.model.device.DeviceRepository;
import it.lombardia.irt.domain.model.device.DeviceStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Devices in the database, through the container's persistence context: the tenant is Hibernate's
 * {@code @TenantId}, Envers audits devices and associations.
 */
@ApplicationScoped
public class JpaDeviceRepository implements DeviceRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Device device) {
    em.persist(device);
  }

  @Override
  public void addStep(DeviceStep step) {
    em.persist(step);
  }

  @Override
  public void addAssociation(DeviceAssociation association) {
    em.persist(association);
  }

  @Override
  public Optional<Device> find(long id) {
    return Optional.ofNullable(em.find(Device.class, id));
  }

  @Override
  public Optional<Device> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Device.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public boolean hasSerial(String typeId, String serialNumber) {
    return em.createQuery(
                "select count(d) from Device d where d.typeId = :t and d.serialNumber = :s",
                Long.class)
            .setParameter("t", typeId)
            .setParameter("s", serialNumber)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<Device> inventory(Device.Status status, int max) {
    var query =
        em.createQuery(
            "select d from Device d"
                + (status == null ? "" : " where d.status = :s")
                + " order by d.id desc",
            Device.class);
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<Device> withSerials(
      Collection<String> serialNumbers, int offset, int limit, boolean newestFirst) {
    String direction = newestFirst ? " desc" : "";
    var query =
        em.createQuery(
                "select d"
                    + fromSerials(serialNumbers)
                    + " order by d.createdAt"
                    + direction
                    + ", d.id"
                    + direction,
                Device.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    if (serialNumbers != null) {
      query.setParameter("s", serialNumbers);
    }
    return query.getResultList();
  }

  @Override
  public long countWithSerials(Collection<String> serialNumbers) {
    var query = em.createQuery("select count(d)" + fromSerials(serialNumbers), Long.class);
    if (serialNumbers != null) {
      query.setParameter("s", serialNumbers);
    }
    return query.getSingleResult();
  }

  private static String fromSerials(Collection<String> serialNumbers) {
    return " from Device d" + (serialNumbers == null ? "" : " where d.serialNumber in :s");
  }

  @Override
  public List<DeviceStep> steps(long deviceId) {
    return em.createQuery(
            "select s from DeviceStep s where s.deviceId = :d order by s.doneAt, s.id",
            DeviceStep.class)
        .setParameter("d", deviceId)
        .getResultList();
  }

  @Override
  public List<DeviceAssociation> associationsOfPatient(long patientId) {
    return em.createQuery(
            "select a from DeviceAssociation a where a.patientId = :p order by a.validFrom desc",
            DeviceAssociation.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  @Override
  public List<DeviceAssociation> openAssociationsOf(long deviceId) {
    return em.createQuery(
            "select a from DeviceAssociation a where a.deviceId = :d and a.validTo is null",
            DeviceAssociation.class)
        .setParameter("d", deviceId)
        .getResultList();
  }
}
