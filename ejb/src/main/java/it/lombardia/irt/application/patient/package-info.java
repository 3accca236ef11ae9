/**
 * Patients: registration, search, and access to their record under the care-team rule, always
 * logged.
 */
package it.lombardia.irt.application.patient;
