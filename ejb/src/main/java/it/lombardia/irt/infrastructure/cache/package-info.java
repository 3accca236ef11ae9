/** Infinispan caches of the application (local now; the same names will be clustered later). */
package it.lombardia.irt.infrastructure.cache;
