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
   * Asserts the three checks on the page as it is at desktop width, then at phone width (after a
   * reload), and returns the window to desktop size.
   */
  public static void assertAccessible(WebDriver driver) {
    String failures = String.join("\n", failuresAt(driver, DESKTOP), failuresAt(driver, PHONE));
    driver.manage().window().setSize(DESKTOP);
    org.junit.jupiter.api.Assertions.assertEquals("", failures.strip(), driver.getCurrentUrl());
  }

  /**
   * What the page fails of the three checks in a window of {@code size} (reloaded when the window
   * had another size), one line each; an empty string when it passes them all.
   */
  public static String failuresAt(WebDriver driver, Dimension size) {
    if (!driver.manage().window().getSize().equals(size)) {
      driver.manage().window().setSize(size);
      driver.navigate().refresh();
      JavascriptExecutor js = (JavascriptExecutor) driver;
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> "complete".equals(js.executeScript("return document.readyState;")));
    }
    String where = driver.getCurrentUrl() + " at " + size.getWidth() + " px";
    List<String> failures = new ArrayList<>();
    String violations = violations(driver);
    if (!violations.isEmpty()) {
      failures.add(where + " axe-core:\n" + violations);
    }
    List<String> unreachable = unreachableByKeyboard(driver);
    if (!unreachable.isEmpty()) {
      failures.add(where + " controls Tab never reaches: " + unreachable);
    }
    long overflow = overflow(driver);
    if (overflow > 0) {
      failures.add(where + " scrolls sideways by " + overflow + " px: " + widest(driver));
    }
    return String.join("\n", failures);
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
    List<String> stops = new ArrayList<>();
    Actions keyboard = new Actions(driver);
    // once around the page: until the first element focused comes round again (told apart by a
    // mark set on each element as it is focused, since many have neither id nor data-irt-tab)
    for (int i = 0;
        i < controls.size() * 3 + 60 && !(i > 1 && stops.get(i - 1).equals(stops.get(0)));
        i++) {
      keyboard.sendKeys(Keys.TAB).perform();
      @SuppressWarnings("unchecked")
      List<String> focused =
          (List<String>)
              js.executeScript(
                  "const e = document.activeElement;"
                      + " if (!e || !e.dataset) { return ['', '', '']; }"
                      + " if (!e.dataset.irtStop) {"
                      + "   window.irtStops = (window.irtStops || 0) + 1;"
                      + "   e.dataset.irtStop = 's' + window.irtStops; }"
                      + " return [e.dataset.irtTab || '', e.id || e.tagName, e.dataset.irtStop];");
      reached.add(focused.get(0));
      walk.add(focused.get(1));
      stops.add(focused.get(2));
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
  private static long overflow(WebDriver driver) {
    return (Long)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
  }

  /** The innermost elements sticking out of the window: they name the culprit of an overflow. */
  private static Object widest(WebDriver driver) {
    return ((JavascriptExecutor) driver)
        .executeScript(
            "return Array.from(document.querySelectorAll('body *'))"
                + " .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                + "   && !Array.from(e.children).some("
                + "     c => c.getBoundingClientRect().right > window.innerWidth + 1))"
                + " .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
                + "   + ' right=' + Math.round(e.getBoundingClientRect().right));");
  }
}
