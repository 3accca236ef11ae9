package it.lombardia.irt.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The three checks a page passes before it is called accessible: axe-core finds no WCAG 2.1 A/AA
 * violation, every visible control is reached with the Tab key, and a phone-wide screen needs no
 * sideways scrolling.
 */
public final class Accessibility {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** A phone held upright (CSS pixels of a common 6" phone). */
  public static final Dimension PHONE = new Dimension(390, 844);

  private Accessibility() {}

  /** A desktop window, to which {@link #assertAccessible} returns after the phone check. */
  public static final Dimension DESKTOP = new Dimension(1400, 900);

  /**
   * Asserts the three checks on the page as it is, then at phone width (after a reload), and
   * returns the window to desktop size.
   */
  public static void assertAccessible(WebDriver driver) {
    String page = driver.getCurrentUrl();
    org.junit.jupiter.api.Assertions.assertEquals("", violations(driver), page);
    List<String> unreachable = unreachableByKeyboard(driver);
    org.junit.jupiter.api.Assertions.assertTrue(
        unreachable.isEmpty(), page + " controls Tab never reaches: " + unreachable);
    org.junit.jupiter.api.Assertions.assertEquals(
        0, overflowAt(driver, PHONE), page + " scrolls sideways");
    org.junit.jupiter.api.Assertions.assertEquals("", violations(driver), page + " on a phone");
    driver.manage().window().setSize(DESKTOP);
  }

  /** The page's WCAG 2.1 AA violations found by axe-core, one line each, or an empty string. */
  public static String violations(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    return results.getViolations().stream()
        .map(Accessibility::describe)
        .collect(Collectors.joining("\n"));
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().limit(4).map(n -> String.valueOf(n.getTarget())).toList();
  }

  /**
   * The visible, enabled controls (links, buttons, fields) that pressing Tab from the top of the
   * page never focuses; empty when the keyboard reaches them all.
   */
  public static List<String> unreachableByKeyboard(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    @SuppressWarnings("unchecked")
    List<String> controls =
        (List<String>)
            js.executeScript(
                "let n = 0;"
                    + " return Array.from(document.querySelectorAll("
                    + "   'a[href], button, input:not([type=hidden]), select, textarea'))"
                    + " .filter(e => !e.disabled && e.offsetParent !== null"
                    + "   && e.getAttribute('tabindex') !== '-1'"
                    + "   && !e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden')"
                    + "   && getComputedStyle(e).visibility !== 'hidden')"
                    + " .map(e => { if (!e.dataset.irtTab) { e.dataset.irtTab = 'c' + (n++); }"
                    + "   return e.dataset.irtTab; });");
    js.executeScript("document.activeElement && document.activeElement.blur(); window.focus();");
    Set<String> reached = new HashSet<>();
    List<String> walk = new ArrayList<>();
    Actions keyboard = new Actions(driver);
    // once around the page: until the first control focused comes round again
    for (int i = 0;
        i < controls.size() * 3 + 60 && !(i > 1 && walk.get(i - 1).equals(walk.get(0)));
        i++) {
      keyboard.sendKeys(Keys.TAB).perform();
      @SuppressWarnings("unchecked")
      List<String> focused =
          (List<String>)
              js.executeScript(
                  "const e = document.activeElement;"
                      + " return [e && e.dataset ? e.dataset.irtTab || '' : '',"
                      + "   e ? (e.id || e.tagName) : ''];");
      reached.add(focused.get(0));
      walk.add(focused.get(1));
    }
    List<String> missing = new ArrayList<>();
    for (String control : controls) {
      if (!reached.contains(control)) {
        // A control the page replaced meanwhile (an update pushed to it) is not in the page any
        // more.
        Object html =
            js.executeScript(
                "const e = document.querySelector('[data-irt-tab=\"' + arguments[0] + '\"]');"
                    + " return e ? e.outerHTML.substring(0, 160) : null;",
                control);
        if (html != null) {
          missing.add(html.toString());
        }
      }
    }
    if (!missing.isEmpty()) {
      missing.add("walked: " + walk);
    }
    return missing;
  }

  /** How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways). */
  public static long overflowAt(WebDriver driver, Dimension size) {
    driver.manage().window().setSize(size);
    driver.navigate().refresh();
    JavascriptExecutor js = (JavascriptExecutor) driver;
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> "complete".equals(js.executeScript("return document.readyState;")));
    long overflow =
        (Long)
            js.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    if (overflow > 0) {
      // the innermost elements sticking out name the culprit in the failure message
      System.out.println(
          driver.getCurrentUrl()
              + " wider than the window: "
              + js.executeScript(
                  "return Array.from(document.querySelectorAll('body *'))"
                      + " .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                      + "   && !Array.from(e.children).some("
                      + "     c => c.getBoundingClientRect().right > window.innerWidth + 1))"
                      + " .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
                      + "   + ' right=' + Math.round(e.getBoundingClientRect().right));"));
    }
    return overflow;
  }
}
