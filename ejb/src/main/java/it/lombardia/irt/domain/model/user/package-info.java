/**
 * User accounts of an ASST (or of the Region), their roles and physician specialty; login throttles
 * (failed logins slow down further attempts) and their audit trail.
 */
package it.lombardia.irt.domain.model.user;
