/** Clinical networks at runtime: the releases of their plug-ins and their enablement per ASST. */
package it.lombardia.irt.domain.model.network;
