package it.lombardia.irt.interfaces.web;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.IrtDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/** A test in headless Chromium against the deployed EAR: a fresh browser for every test. */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

  private static final Dimension DESKTOP = new Dimension(1400, 900);

  protected Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
  }

  /**
   * The page passes the three checks of {@link Accessibility}: axe-core at desktop and phone
   * widths, the Tab walk, no sideways scrolling on a phone.
   */
  protected void assertAccessible() {
    Accessibility.assertAccessible(browser.driver());
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
