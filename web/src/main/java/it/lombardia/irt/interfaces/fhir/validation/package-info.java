/**
 * Incoming FHIR resources checked by the standard's own tool: HAPI's instance validator against
 * base R4 and the HL7 vital-signs profiles, with a cache of the resource shapes already found
 * valid.
 */
package it.lombardia.irt.interfaces.fhir.validation;
