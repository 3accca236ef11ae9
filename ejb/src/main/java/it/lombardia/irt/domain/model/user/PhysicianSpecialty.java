package it.lombardia.irt.domain.model.user;

/**
 * The kind of physician, which decides e.g. whether a televisit ends with a referto or an
 * annotation.
 */
public enum PhysicianSpecialty {
  /** Medico di medicina generale (GP). */
  MMG,
  /** Pediatra di libera scelta (family paediatrician). */
  PLS,
  /** Specialist (cardiologist, diabetologist, pulmonologist, oncologist, neurologist, …). */
  SPECIALIST
}
