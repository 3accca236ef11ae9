/** Credential hashing: PBKDF2 for people's passwords, SHA-256 digests for random API secrets. */
package it.lombardia.irt.infrastructure.security;
