package it.lombardia.irt.domain.model.user;

/**
 * What a person or a machine may do in IRT. Names are stable: they are stored and used as container
 * roles. Labels for the UI come from the resource bundles ({@code role.<NAME>}).
 */
public enum Role {
  /**
   * Regione Lombardia: manages tenants and networks across all ASSTs, through region-level services
   * only.
   */
  REGION_ADMIN,
  /** Manages the users and settings of one ASST. */
  TENANT_ADMIN,
  /** MMG, PLS or specialist; see {@link PhysicianSpecialty}. */
  PHYSICIAN,
  /** Nurse, including the family and community nurse (IFoC). */
  NURSE,
  /** Physiotherapist, speech therapist, midwife and other health professions. */
  HEALTH_PROFESSIONAL,
  /** Territorial operations centre (COT) operator. */
  COT_OPERATOR,
  /** Home-care (ADI) operations centre operator. */
  ADI_OPERATOR,
  /** Centro Servizi level-1 help desk of the ASST. */
  HELPDESK,
  /** Member of a clinical network's working group: publishes the network's plug-in. */
  NETWORK_CURATOR,
  /** A machine client (device gateway, vendor platform) with per-tenant API credentials. */
  API_CLIENT,
  /**
   * A level-2 supplier's machine client (Region-level): only the tickets escalated to its supplier.
   */
  SUPPLIER;
}
