package it.lombardia.irt.infrastructure.audit;

import it.lombardia.irt.infrastructure.tenancy.CallContext;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the acting user, their tenant and the client address of the request.
 */
public class AuditRevisionListener implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    AuditRevision revision = (AuditRevision) revisionEntity;
    CallContext.actor()
        .ifPresent(
            actor -> {
              revision.setUsername(actor.name());
              revision.setTenantCode(actor.tenantCode());
              revision.setClientAddress(actor.clientAddress());
            });
  }
}
