package it.lombardia.irt.infrastructure.tenancy;

/** Tenant-owned data was touched outside any tenant: a programming error, never a user error. */
public class NoTenantException extends IllegalStateException {

  public NoTenantException(String message) {
    super(message);
  }
}
