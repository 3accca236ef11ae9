package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.audit.AuditHistory;
import it.lombardia.irt.application.audit.AuditedType;
import it.lombardia.irt.application.audit.HistoryEntry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The audit history of an entity: {@code /api/history/{tenant|user|api-client|workstation}/{id}}.
 */
@Path("history/{type}/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

  @Inject AuditHistory history;

  @GET
  public List<HistoryEntry> get(@PathParam("type") String type, @PathParam("id") String id) {
    AuditedType audited =
        AuditedType.bySlug(type).orElseThrow(() -> new NotFoundException("History type", type));
    return history.of(audited, id);
  }
}
