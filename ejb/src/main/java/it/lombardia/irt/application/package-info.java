/**
 * Use cases: one stateless service per area, each opening its own transaction and checking the
 * caller's role first. The exceptions here are what the web layer turns into 400/403/404 answers
 * and Faces messages.
 */
package it.lombardia.irt.application;
