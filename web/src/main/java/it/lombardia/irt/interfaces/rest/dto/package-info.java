/**
 * What the REST API answers: one record per kind of answer, built from the domain by its {@code of}
 * method, so that no entity is ever serialised whole (see {@code EntityLeakGuard}).
 */
package it.lombardia.irt.interfaces.rest.dto;
