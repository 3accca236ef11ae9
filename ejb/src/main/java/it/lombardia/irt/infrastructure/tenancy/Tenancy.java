package it.lombardia.irt.infrastructure.tenancy;

/** Tenant identifiers that are not ASST codes. */
public final class Tenancy {

  /** The tenant of Region-level accounts (Region administrators); never a valid ASST code. */
  public static final String REGION = "REGION";

  /** How the Region-level pseudo tenant is named to users. */
  public static final String REGION_NAME = "Regione Lombardia";

  /**
   * The Hibernate "root" tenant: the tenant filter is off. Used only inside {@link
   * CallContext#asRegion}, by region-level services and start-up jobs; no caller can obtain it from
   * its credentials.
   */
  public static final String ALL_TENANTS = "*";

  private Tenancy() {}
}
