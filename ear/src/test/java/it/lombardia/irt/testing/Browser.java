package it.lombardia.irt.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the flags that keep it off the network (the
 * driver is {@code /usr/bin/chromedriver}, set by the build, so Selenium Manager never downloads
 * anything).
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;

  public Browser() {
    this("it-IT");
  }

  /** A browser whose language (its Accept-Language) is {@code language}, e.g. {@code en-US}. */
  public Browser(String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("irt.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,900",
        "--lang=" + language);
    driver = new ChromeDriver(options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // an ajax update may replace an element between finding and using it: find it again
    wait.ignoring(StaleElementReferenceException.class)
        .ignoring(JavascriptException.class)
        .ignoring(ElementClickInterceptedException.class);
  }

  public Browser open(String path) {
    driver.get(IrtClient.BASE + path);
    return this;
  }

  public WebElement find(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  public boolean exists(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  /** The visible element's text, read again if an ajax update replaces it meanwhile. */
  public String text(String id) {
    return wait.until(d -> readAgainIfReplaced(() -> visibleText(d, id)));
  }

  /**
   * Waits up to {@code timeout} for {@code condition} (a value, or true), trying again while an
   * ajax update replaces what it reads.
   */
  public <T> T until(Duration timeout, java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(JavascriptException.class)
        .until(d -> readAgainIfReplaced(() -> condition.apply(d)));
  }

  private static String visibleText(WebDriver d, String id) {
    WebElement element = d.findElement(By.id(id));
    return element.isDisplayed() ? element.getText() : null;
  }

  /**
   * {@code read}'s value, or null (the wait tries again) when Chrome says the element left the
   * document while it was read: an ajax update replaced it, which Selenium reports not as a stale
   * element but as an "unknown error".
   */
  private static <T> T readAgainIfReplaced(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return null;
      }
      throw e;
    }
  }

  /** The element's text as it is now, visible or not, read again if an ajax update replaces it. */
  public String currentText(String id) {
    return wait.until(d -> readAgainIfReplaced(() -> d.findElement(By.id(id)).getText()));
  }

  public void type(String id, String value) {
    find(id);
    wait.until(
        d -> {
          WebElement field = d.findElement(By.id(id));
          field.clear();
          field.sendKeys(value);
          return true;
        });
  }

  /** Clicks once the element is visible and nothing (an opening dialog, its mask) covers it. */
  public void click(String id) {
    wait.until(
        d -> {
          WebElement element = d.findElement(By.id(id));
          ((JavascriptExecutor) d)
              .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
          element.click();
          return true;
        });
  }

  /**
   * Fills a PrimeFaces date picker's text field as typed text (dd/MM/yyyy) without opening its
   * calendar, which would otherwise cover the fields below it.
   */
  public void typeDate(String pickerId, String date) {
    find(pickerId + "_input");
    wait.until(
        d -> {
          WebElement input = d.findElement(By.id(pickerId + "_input"));
          ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];", input, date);
          return true;
        });
  }

  /**
   * Types into the filter of a PrimeFaces data table's first filterable column, narrowing its rows.
   */
  public void filterFirstColumn(String tableId, String text) {
    By filter = By.cssSelector("[id='" + tableId + "'] thead input.ui-column-filter");
    wait.until(
        d -> {
          WebElement input = d.findElement(filter);
          input.clear();
          input.sendKeys(text);
          return true;
        });
    wait.until(d -> d.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).size() == 1);
  }

  /** Follows the first link whose address contains {@code hrefPart}. */
  public void followLink(String hrefPart) {
    By link = By.cssSelector("a[href*='" + hrefPart + "']");
    wait.until(
        d -> {
          d.findElement(link).click();
          return true;
        });
  }

  /** Clicks the label of a check box (PrimeFaces check boxes toggle on their label). */
  public void check(String checkboxId) {
    By label = By.cssSelector("label[for='" + checkboxId + "']");
    wait.until(
        d -> {
          d.findElement(label).click();
          return true;
        });
  }

  /** Clicks the first visible element matching a CSS selector. */
  public void clickFirst(String cssSelector) {
    wait.until(
        d -> {
          WebElement element = d.findElement(By.cssSelector(cssSelector));
          ((JavascriptExecutor) d)
              .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
          element.click();
          return true;
        });
  }

  /** Ticks a PrimeFaces boolean check box by clicking its box, as a user does. */
  public void tick(String checkboxId) {
    By box = By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box");
    wait.until(
        d -> {
          d.findElement(box).click();
          return true;
        });
  }

  /**
   * Clicks the button or link labelled {@code label} in the row of {@code tableId} showing {@code
   * rowText}.
   */
  public void clickInRow(String tableId, String rowText, String label) {
    By button =
        By.xpath(
            "//*[@id='%s']//tr[td[contains(., '%s')]]//*[self::a or self::button][contains(., '%s')]"
                .formatted(tableId, rowText, label));
    wait.until(
        d -> {
          d.findElement(button).click();
          return true;
        });
  }

  /**
   * Selects {@code value} in a PrimeFaces select-one menu through its widget, as a click on the
   * item would.
   */
  public void choose(String menuId, String value) {
    find(menuId);
    ((JavascriptExecutor) driver)
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
  }

  /** Selects the option with {@code value} of a plain select element, as a user does. */
  public void select(String selectId, String value) {
    wait.until(
        d -> {
          new Select(d.findElement(By.id(selectId))).selectByValue(value);
          return true;
        });
  }

  /**
   * Answers an enrolment criterion's fact as a user does, by the control its type shows: a choice
   * list, a yes/no pair of radio buttons (their labels), or a number or date field.
   */
  public void answerFact(String fact, String value) {
    String field = "div[data-fact='" + fact + "'] ";
    wait.until(
        d -> {
          var select = d.findElements(By.cssSelector(field + "select"));
          var radio =
              d.findElements(By.cssSelector(field + "input[type='radio'][value='" + value + "']"));
          if (!select.isEmpty()) {
            new Select(select.get(0)).selectByValue(value);
          } else if (!radio.isEmpty()) {
            d.findElement(By.cssSelector("label[for='" + radio.get(0).getAttribute("id") + "']"))
                .click();
          } else {
            WebElement input = d.findElement(By.cssSelector(field + "input"));
            if ("date".equals(input.getAttribute("type"))) {
              ((JavascriptExecutor) d)
                  .executeScript("arguments[0].value = arguments[1];", input, value);
            } else {
              input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
            }
          }
          return true;
        });
  }

  /** Waits until the element's text contains {@code expected}, and returns the text. */
  public String waitForText(String id, String expected) {
    wait.until(
        d ->
            readAgainIfReplaced(
                () -> d.findElement(By.id(id)).getText().contains(expected) ? true : null));
    return text(id);
  }

  /** Types into the first visible field matching a CSS selector, replacing what it holds. */
  public void typeInto(String cssSelector, String value) {
    WebElement field =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    // select and overwrite: formatted number fields ignore clear()
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
  }

  /** Waits until the element has the CSS class {@code cssClass}. */
  public void waitForClass(String id, String cssClass) {
    wait.until(ExpectedConditions.attributeContains(By.id(id), "class", cssClass));
  }

  /** The page's text, read again while a navigation replaces the page. */
  public String pageText() {
    return wait.until(d -> d.findElement(By.tagName("body")).getText());
  }

  public void waitForPageText(String expected) {
    try {
      wait.until(
          d -> {
            try {
              return d.findElement(By.tagName("body")).getText().contains(expected);
            } catch (WebDriverException navigating) {
              // Chrome's "node does not belong to the document" while the page is replaced.
              return false;
            }
          });
    } catch (TimeoutException e) {
      throw new AssertionError(
          "'" + expected + "' never appeared; the page shows:\n" + pageText(), e);
    }
  }

  /** Submits the login form and waits for the answer page (home, or the form with an error). */
  public void logIn(String user, String password) {
    open("/login.xhtml");
    type("login-form:username", user);
    type("login-form:password", password);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.irtLoginPending = true;");
    click("login-form:login-button");
    // a new document has no marker (whether the answer is the home page or the form with an error)
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.irtLoginPending === undefined"
                            + " && document.readyState === 'complete';")));
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
