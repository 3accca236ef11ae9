/** Video for the real-time services: Jitsi Meet rooms and the tokens to join them. */
package it.lombardia.irt.infrastructure.video;
