package it.lombardia.irt.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a {@code .http} file of {@code docs/examples} as the REST Client of VS Code and IntelliJ's
 * HTTP client would: requests separated by {@code ###}, file variables ({@code @base = …}), named
 * requests ({@code # @name patient}) whose answers and bodies later requests read ({@code
 * {{patient.response.body.$.id}}}, {@code {{created.response.headers.Location}}}, {@code
 * {{reading.request.body.$.effectiveDateTime}}}), {@code {{$datetime iso8601 -1 h}}} and {@code
 * {{$datetime 'YYYY-MM-DD' 6 M}}}, and {@code Authorization: Basic user:password}. A comment {@code
 * # @expect 201} states the status the request must get, {@code # @expect-contains ALARM} a text
 * its answer must hold.
 */
public final class HttpFile {

  /** One request as written, with the status it expects. */
  public record Request(
      String name,
      String title,
      String method,
      String url,
      Map<String, String> headers,
      String body,
      int expected,
      List<String> expectedInBody) {}

  /** A request as sent and what it got. */
  public record Exchange(Request request, String url, int status, String body) {}

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
  private static final Pattern REQUEST_LINE =
      Pattern.compile("(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\s+(\\S+)(\\s+HTTP/\\S+)?");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final Map<String, String> variables = new LinkedHashMap<>();
  private final List<Request> requests = new ArrayList<>();
  private final Map<String, HttpResponse<String>> answers = new HashMap<>();
  private final Map<String, String> sentBodies = new HashMap<>();

  private HttpFile() {}

  /** Parses the text of a {@code .http} file. */
  public static HttpFile parse(String text) {
    HttpFile file = new HttpFile();
    String title = null;
    StringBuilder block = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      if (line.startsWith("###")) {
        file.parseBlock(title, block.toString());
        title = line.substring(3).strip();
        block.setLength(0);
      } else {
        block.append(line).append('\n');
      }
    }
    file.parseBlock(title, block.toString());
    return file;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public boolean declares(String variable) {
    return variables.containsKey(variable);
  }

  /** Replaces a file variable's value (e.g. a fresh codice fiscale for each run). */
  public HttpFile with(String variable, String value) {
    if (!variables.containsKey(variable)) {
      throw new IllegalArgumentException("the file declares no @" + variable);
    }
    variables.put(variable, value);
    return this;
  }

  /** Sends {@code request} (one of {@link #requests()}, in order) with its variables resolved. */
  public Exchange send(Request request) throws Exception {
    String url = resolve(request.url());
    HttpRequest.Builder http =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    request.headers().forEach((name, value) -> http.header(name, header(name, resolve(value))));
    String body = resolve(request.body());
    http.method(
        request.method(),
        body.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (request.name() != null) {
      answers.put(request.name(), answer);
      sentBodies.put(request.name(), body);
    }
    return new Exchange(request, url, answer.statusCode(), answer.body());
  }

  private void parseBlock(String title, String block) {
    String name = null;
    int expected = 0;
    List<String> contains = new ArrayList<>();
    String method = null;
    String url = null;
    Map<String, String> headers = new LinkedHashMap<>();
    StringBuilder body = new StringBuilder();
    boolean inBody = false;
    for (String line : block.split("\\R", -1)) {
      String trimmed = line.strip();
      if (method == null) {
        if (trimmed.startsWith("@") && trimmed.contains("=")) {
          int eq = trimmed.indexOf('=');
          variables.put(trimmed.substring(1, eq).strip(), trimmed.substring(eq + 1).strip());
        } else if (trimmed.startsWith("# @name ")) {
          name = trimmed.substring("# @name ".length()).strip();
        } else if (trimmed.startsWith("# @expect ")) {
          expected = Integer.parseInt(trimmed.substring("# @expect ".length()).strip());
        } else if (trimmed.startsWith("# @expect-contains ")) {
          contains.add(trimmed.substring("# @expect-contains ".length()).strip());
        } else if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("//")) {
          Matcher m = REQUEST_LINE.matcher(trimmed);
          if (!m.matches()) {
            throw new IllegalArgumentException("not a request line: " + trimmed);
          }
          method = m.group(1);
          url = m.group(2);
        }
      } else if (!inBody) {
        if (trimmed.isEmpty()) {
          inBody = true;
        } else if (!trimmed.startsWith("#")) {
          int colon = trimmed.indexOf(':');
          headers.put(trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip());
        }
      } else {
        body.append(line).append('\n');
      }
    }
    if (method != null) {
      if (expected == 0) {
        throw new IllegalArgumentException(method + " " + url + " states no # @expect status");
      }
      requests.add(
          new Request(
              name, title, method, url, headers, body.toString().strip(), expected, contains));
    }
  }

  /** {@code Authorization: Basic user:password} is sent encoded, as the editors do. */
  private static String header(String name, String value) {
    if (name.equalsIgnoreCase("Authorization")
        && value.startsWith("Basic ")
        && value.contains(":")) {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString(value.substring(6).strip().getBytes(StandardCharsets.UTF_8));
    }
    return value;
  }

  private String resolve(String text) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
    }
    m.appendTail(out);
    String resolved = out.toString();
    return resolved.equals(text) ? resolved : resolve(resolved);
  }

  private String value(String expression) {
    if (expression.startsWith("$datetime")) {
      return datetime(expression.substring("$datetime".length()).strip());
    }
    if (variables.containsKey(expression)) {
      return variables.get(expression);
    }
    String[] parts = expression.split("\\.", 4);
    HttpResponse<String> answer = answers.get(parts[0]);
    if (answer == null || parts.length < 3 || !parts[2].matches("body|headers")) {
      throw new IllegalArgumentException("unknown variable {{" + expression + "}}");
    }
    if (parts[1].equals("request")) {
      return json(sentBodies.get(parts[0]), parts.length > 3 ? parts[3] : "$");
    }
    if (parts[2].equals("headers")) {
      return answer.headers().firstValue(parts[3]).orElseThrow();
    }
    return json(answer.body(), parts.length > 3 ? parts[3] : "$");
  }

  /** A JSONPath of names and indexes ({@code $.entry[0].resource.id}) into {@code body}. */
  private static String json(String body, String path) {
    JsonValue node = Json.createReader(new StringReader(body)).readValue();
    Matcher step = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]").matcher(path.substring(1));
    while (step.find()) {
      node =
          step.group(1) != null
              ? ((JsonObject) node).get(step.group(1))
              : ((JsonArray) node).get(Integer.parseInt(step.group(2)));
      if (node == null) {
        throw new IllegalArgumentException(path + " is not in " + body);
      }
    }
    return node instanceof JsonString s ? s.getString() : node.toString();
  }

  /** {@code iso8601 [n unit]} or {@code 'YYYY-MM-DD' [n unit]}, units as the REST Client's. */
  private static String datetime(String arguments) {
    Matcher m =
        Pattern.compile("(iso8601|'YYYY-MM-DD')(?:\\s+(-?\\d+)\\s+(\\w+))?").matcher(arguments);
    if (!m.matches()) {
      throw new IllegalArgumentException("unsupported $datetime " + arguments);
    }
    ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    if (m.group(2) != null) {
      long n = Long.parseLong(m.group(2));
      at =
          switch (m.group(3)) {
            case "y" -> at.plusYears(n);
            case "M" -> at.plusMonths(n);
            case "w" -> at.plusWeeks(n);
            case "d" -> at.plusDays(n);
            case "h" -> at.plusHours(n);
            case "m" -> at.plusMinutes(n);
            case "s" -> at.plusSeconds(n);
            default -> throw new IllegalArgumentException("unknown unit " + m.group(3));
          };
    }
    return m.group(1).equals("iso8601")
        ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at)
        : at.toLocalDate().toString();
  }
}
