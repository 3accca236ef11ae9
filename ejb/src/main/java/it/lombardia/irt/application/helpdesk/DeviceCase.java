package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.device.Device;
import java.util.List;

/**
 * The devices of a device-at-home ticket, for its operator: the one the ticket is about (null while
 * unknown), its replacement once assigned, and the stock of the same type a replacement is chosen
 * from (empty unless the device is faulty and has no replacement yet).
 */
public record DeviceCase(Device device, Device replacement, List<Device> stock) {}
