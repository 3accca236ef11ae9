package it.lombardia.irt.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@code GET /ready}, for anyone (a load balancer's probe; it tells nothing about any data): 200
 * while this node can work, 503 with {@code Retry-After} while its database does not answer, so
 * that the balancer sends readings to a node that can store them. (WildFly's own {@code
 * /health/ready} on the management port cannot include an application check of an EAR's modules.)
 */
@WebServlet("/ready")
public class ReadinessServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/IrtDS")
  private transient DataSource database;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<String> problem = DatabaseCheck.problem(database);
    JsonObjectBuilder check = Json.createObjectBuilder().add("name", "database");
    if (problem.isPresent()) {
      check.add("status", "DOWN").add("reason", problem.get());
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "5");
    } else {
      check.add("status", "UP");
    }
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", problem.isPresent() ? "DOWN" : "UP")
                .add("checks", Json.createArrayBuilder().add(check))
                .build()
                .toString());
  }
}
