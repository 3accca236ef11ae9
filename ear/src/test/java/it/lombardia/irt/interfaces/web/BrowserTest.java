package it.lombardia.irt.interfaces.web;

import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.IrtDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test in headless Chromium against the deployed EAR: a fresh browser for every test. */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

  protected Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
