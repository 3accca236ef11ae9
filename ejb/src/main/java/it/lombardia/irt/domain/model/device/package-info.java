/**
 * Devices of tele-monitoring and their logistics (seed 003 §2.2.5): the inventory, the lifecycle
 * from stock to the patient's home and back, and the association of a device with a patient.
 */
package it.lombardia.irt.domain.model.device;
