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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit history of an entity: {@code /api/history/{tenant|user|api-client|workstation}/{id}}.
 */
@Tag(
    name = "Audit history",
    description =
        "Storico delle modifiche di ASST, utenti, client API, rilasci e postazioni: chi, quando, da dove. — Change history of ASSTs, users, API clients, releases and workstations: who, when, from where.")
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
