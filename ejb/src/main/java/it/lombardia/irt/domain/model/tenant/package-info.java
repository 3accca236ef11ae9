/**
 * The tenant aggregate: an ASST of Regione Lombardia, its ATS, its active flag and its settings.
 */
package it.lombardia.irt.domain.model.tenant;
