/** The domain model: one package per aggregate, entities and their rules, no container services. */
package it.lombardia.irt.domain.model;
