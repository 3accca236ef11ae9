/**
 * The Region's governance: its targets (the adoption curve, per network and per ASST) and the
 * figures it steers by, for the Region administrator (every ASST) and each ASST's administrator
 * (its own); the services each ASST may deliver and from when ({@code ServiceRollout}).
 */
package it.lombardia.irt.application.governance;
