/**
 * The FSE (Fascicolo Sanitario Elettronico): the HL7 FHIR R4 document Bundle that a signed
 * telemedicine report becomes when it is sent to the regional health record.
 */
package it.lombardia.irt.infrastructure.fse;
