/** The web interfaces of IRT: Faces pages (one package per area) and the REST API. */
package it.lombardia.irt.interfaces;
