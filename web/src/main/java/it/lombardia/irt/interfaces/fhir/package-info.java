/**
 * The FHIR R4 API (HAPI FHIR plain server) at {@code /fhir/{tenant code}/}: measurements in from
 * device gateways, patient apps and vendor platforms, reads of the client's patients and their
 * observations, their tele-monitoring plans (HL7 Italia's Piano di telemonitoraggio), the ASST's
 * devices, and the CapabilityStatement.
 */
package it.lombardia.irt.interfaces.fhir;
