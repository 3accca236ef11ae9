/** Patients of an ASST, their codice fiscale, and the log of every access to their record. */
package it.lombardia.irt.domain.model.patient;
