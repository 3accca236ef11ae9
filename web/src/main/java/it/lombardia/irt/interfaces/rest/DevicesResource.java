package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.device.DeviceLogistics;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.interfaces.rest.dto.DeviceAssociationJson;
import it.lombardia.irt.interfaces.rest.dto.DeviceJson;
import it.lombardia.irt.interfaces.rest.dto.DeviceStepJson;
import it.lombardia.irt.interfaces.shell.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ASST's devices: inventory, lifecycle steps, associations with patients. */
@Tag(
    name = "Devices",
    description =
        "Dispositivi dell'ASST: inventario, passaggi del ciclo di vita, associazioni ai pazienti. — The ASST's devices: inventory, lifecycle steps, associations with patients.")
@Path("devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevicesResource {

  @Inject DeviceLogistics logistics;
  @Inject PublicAddress publicAddress;

  /**
   * Body of a new device: a catalog type of a network the ASST follows, its serial, its vendor
   * (optional).
   */
  public record NewDevice(String networkId, String typeId, String serialNumber, String vendor) {}

  /** Body of a step: the status reached; the patient (assignment), the place (delivery). */
  public record Step(Device.Status status, Long patientId, String place, String note) {}

  @POST
  public Response register(NewDevice body) {
    NewDevice d = body == null ? new NewDevice(null, null, null, null) : body;
    return Response.status(Response.Status.CREATED)
        .entity(
            DeviceJson.of(
                logistics.register(d.networkId(), d.typeId(), d.serialNumber(), d.vendor())))
        .build();
  }

  @GET
  public List<DeviceJson> inventory(@QueryParam("status") Device.Status status) {
    return logistics.inventory(status).stream().map(DeviceJson::of).toList();
  }

  @POST
  @Path("{id}/steps")
  public DeviceJson advance(
      @PathParam("id") long id, Step body, @Context HttpServletRequest request) {
    Step s = body == null ? new Step(null, null, null, null) : body;
    return DeviceJson.of(
        logistics.advance(
            id, s.status(), s.patientId(), s.place(), s.note(), publicAddress.base(request)));
  }

  @GET
  @Path("{id}/steps")
  public List<DeviceStepJson> steps(@PathParam("id") long id) {
    return logistics.steps(id).stream().map(DeviceStepJson::of).toList();
  }

  @GET
  @Path("associations")
  public List<DeviceAssociationJson> associations(@QueryParam("patient") long patientId) {
    return logistics.associations(patientId).stream().map(DeviceAssociationJson::of).toList();
  }
}
