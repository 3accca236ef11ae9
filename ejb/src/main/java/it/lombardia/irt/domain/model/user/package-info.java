/**
 * User accounts of an ASST (or of the Region), their roles and physician specialty, lock-out rules.
 */
package it.lombardia.irt.domain.model.user;
