package it.lombardia.irt.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The application exactly as the build packaged it, for Arquillian to deploy. */
public final class IrtDeployment {

  private IrtDeployment() {}

  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("irt.ear", "target/irt.ear")));
  }
}
