package it.lombardia.irt.application.audit;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.infrastructure.audit.AuditRevision;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.infrastructure.tenancy.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * The history of an audited entity. Envers ignores {@code @TenantId}, so the query restricts itself
 * to the caller's tenant explicitly: another tenant's history is as absent as its data.
 */
@Stateless
public class AuditHistory {

  @PersistenceContext EntityManager em;
  @Inject UserDirectory directory;

  public List<HistoryEntry> of(AuditedType type, String id) {
    if (type.reader() == null) {
      throw new NotFoundException(type.slug(), id);
    }
    Guard.requireAnyRole(type.reader());
    return revisions(type, id);
  }

  /**
   * The revisions of one entity of the caller's ASST, oldest first. The caller has checked that the
   * actor may read it.
   */
  public List<HistoryEntry> revisions(AuditedType type, String id) {
    Actor actor = CallContext.requireActor();
    Object key;
    try {
      key = type.parseId(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException(type.slug(), id);
    }
    AuditQuery query =
        AuditReaderFactory.get(em)
            .createQuery()
            .forRevisionsOfEntity(type.entity(), false, true)
            .add(AuditEntity.id().eq(key))
            .addOrder(AuditEntity.revisionNumber().asc());
    if (type.tenantOwned()) {
      query.add(AuditEntity.property("tenantCode").eq(actor.tenantCode()));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException(type.slug(), id);
    }
    Map<String, String> names = new HashMap<>();
    return rows.stream().map(row -> entry(type, row, names)).toList();
  }

  /** One revision, its author and ASST by name ({@code names} remembers them across revisions). */
  private HistoryEntry entry(AuditedType type, Object[] row, Map<String, String> names) {
    AuditRevision revision = (AuditRevision) row[1];
    RevisionType change = (RevisionType) row[2];
    String user = revision.getUsername();
    String tenant = revision.getTenantCode();
    return new HistoryEntry(
        revision.getId(),
        revision.getTime(),
        user,
        user == null ? null : names.computeIfAbsent("user:" + user, k -> directory.nameOf(user)),
        tenant,
        tenant == null ? null : names.computeIfAbsent("tenant:" + tenant, k -> tenantName(tenant)),
        revision.getClientAddress(),
        change.name(),
        type.stateOf(row[0]));
  }

  private String tenantName(String code) {
    if (Tenancy.REGION.equals(code)) {
      return Tenancy.REGION_NAME;
    }
    Tenant tenant = em.find(Tenant.class, code);
    return tenant == null ? code : tenant.getName();
  }
}
