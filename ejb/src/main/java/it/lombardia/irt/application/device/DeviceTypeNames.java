package it.lombardia.irt.application.device;

import it.lombardia.irt.application.network.NetworkReleases;
import it.lombardia.irt.infrastructure.plugin.DefinitionJson;
import it.lombardia.irt.spi.content.Label;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The bilingual names of device types, from the newest release of each network's catalog — for the
 * pages that name a device to someone outside logistics (the patient's link page, the Region's
 * fault figures), whatever network versions their ASST follows.
 */
@Stateless
public class DeviceTypeNames {

  @Inject NetworkReleases releases;

  /** The names of the types of {@code networkId}, by type id (empty for an unknown network). */
  public Map<String, Label> of(String networkId) {
    Map<String, Label> names = new HashMap<>();
    releases
        .newest(networkId)
        .map(r -> DefinitionJson.read(r.getDefinitionJson()))
        .ifPresent(d -> d.devices().forEach(t -> names.put(t.id(), t.name())));
    return names;
  }

  /** A type's name; its id in both languages when the catalog no longer has it. */
  public Label name(String networkId, String typeId) {
    Label name = of(networkId).get(typeId);
    return name != null ? name : Label.of(typeId, typeId);
  }
}
