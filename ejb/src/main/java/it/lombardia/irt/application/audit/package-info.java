/**
 * Who changed what, when and from where: the Envers history of the audited clinical and
 * administrative entities, read for one entity and always restricted to the caller's tenant.
 */
package it.lombardia.irt.application.audit;
