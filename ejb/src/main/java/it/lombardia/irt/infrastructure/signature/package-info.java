/**
 * Digital signature of the documents IRT issues (e.g. a televisit report): PAdES baseline B-B
 * signatures with each ASST's certificate from configuration, a demo self-signed certificate for
 * the embedded installation, and the verification that checks them.
 */
package it.lombardia.irt.infrastructure.signature;
