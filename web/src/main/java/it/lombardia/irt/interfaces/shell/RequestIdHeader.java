package it.lombardia.irt.interfaces.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers with the request's id ({@link RequestIds}), for the caller to quote. */
@WebFilter(filterName = "requestIdHeader", urlPatterns = "/*")
public class RequestIdHeader extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(RequestIds.HEADER, RequestIds.of(request));
    chain.doFilter(request, response);
  }
}
