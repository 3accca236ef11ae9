package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.supplier.SupplierDesk;
import it.lombardia.irt.application.supplier.SupplierTicket;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A supplier's own API (its machine credential): the tickets escalated to it and its updates;
 * another supplier's or ASST's ticket answers 404.
 */
@Tag(
    name = "Supplier tickets",
    description =
        "API del fornitore di secondo livello (credenziale macchina): i ticket a lui inoltrati e i suoi aggiornamenti. — A level-2 supplier's own API (machine credential): the tickets escalated to it and its updates.")
@Path("supplier/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplierTicketsResource {

  @Inject SupplierDesk desk;

  /** Body of an update: a state, the supplier's reference, a public note (at least one). */
  public record Update(String state, String reference, String note) {}

  @GET
  public List<SupplierTicket> list() {
    return desk.list();
  }

  @GET
  @Path("{id}")
  public SupplierTicket get(@PathParam("id") long id) {
    return desk.get(id);
  }

  @PUT
  @Path("{id}")
  public SupplierTicket update(@PathParam("id") long id, Update body) {
    Update u = body == null ? new Update(null, null, null) : body;
    return desk.update(id, u.state(), u.reference(), u.note());
  }
}
