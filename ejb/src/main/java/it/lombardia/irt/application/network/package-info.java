/**
 * Clinical networks: activating plug-in versions, enabling networks per ASST, the catalog users
 * read.
 */
package it.lombardia.irt.application.network;
