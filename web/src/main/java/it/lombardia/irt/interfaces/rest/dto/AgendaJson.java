package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.agenda.Agenda;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.util.Set;

/** An {@link Agenda} as the REST API shows it. */
public record AgendaJson(
    String tenantCode,
    Long id,
    String ownerUsername,
    TelemedicineService service,
    String title,
    Set<Role> openToRoles,
    boolean active,
    Instant createdAt) {

  public static AgendaJson of(Agenda x) {
    return new AgendaJson(
        x.getTenantCode(),
        x.getId(),
        x.getOwnerUsername(),
        x.getService(),
        x.getTitle(),
        x.getOpenToRoles(),
        x.isActive(),
        x.getCreatedAt());
  }
}
