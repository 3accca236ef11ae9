package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import it.lombardia.irt.application.search.PageRequest;
import it.lombardia.irt.application.search.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The result parameters of a FHIR search — {@code _count}, {@code _offset}, {@code _sort} — read
 * from the request, and the page of results answered. A malformed or unsupported value, and a
 * result parameter IRT does not implement ({@code _lastUpdated}, {@code _has}, …), is a 400: never
 * silently ignored.
 *
 * <p>Paging is HAPI's offset paging, without any state on the server: the {@code next} link is the
 * search itself with {@code _offset} and {@code _count}, computed again by whichever node it
 * reaches, through the same services — so the caller's access is checked (and logged) on every page
 * as on the first, and another ASST's base finds nothing. The results have a deterministic order
 * (time, then id): the same link gives the same page while nothing is added in between.
 */
@ApplicationScoped
public class SearchPaging {

  static final String COUNT = "_count";
  static final String OFFSET = "_offset";
  static final String SORT = "_sort";

  /** Result parameters HAPI applies to any answer by itself. */
  private static final Set<String> APPLIED_BY_HAPI =
      Set.of("_format", "_pretty", "_summary", "_elements", "_total");

  @Inject
  @ConfigProperty(name = "irt.fhir.page-size.default", defaultValue = "20")
  int defaultSize;

  @Inject
  @ConfigProperty(name = "irt.fhir.page-size.max", defaultValue = "100")
  int maxSize;

  /**
   * How a search may be sorted: the search parameter {@code _sort} names, and the default order.
   */
  record Sorting(String parameter, boolean newestFirstByDefault) {

    /** A search without {@code _sort}: always in its own order. */
    static Sorting fixed(boolean newestFirst) {
      return new Sorting(null, newestFirst);
    }
  }

  /** The page {@code request} asks for, in the order {@code sorting} allows. */
  PageRequest page(RequestDetails request, Sorting sorting) {
    Map<String, String[]> parameters = request.getParameters();
    for (String name : parameters.keySet()) {
      if (name.startsWith("_")
          && !APPLIED_BY_HAPI.contains(name)
          && !Set.of(COUNT, OFFSET, SORT).contains(name)) {
        throw new InvalidRequestException(
            "the search result parameter "
                + name
                + " is not supported (see the CapabilityStatement)");
      }
    }
    Integer count = number(parameters, COUNT, 1);
    Integer offset = number(parameters, OFFSET, 0);
    return new PageRequest(
        offset == null ? 0 : offset,
        Math.min(count == null ? defaultSize : count, maxSize),
        newestFirst(single(parameters, SORT), sorting));
  }

  /** The page answered: {@code result}'s items as resources, with its total for the links. */
  <T> IBundleProvider answer(
      PageRequest page, ResultPage<T> result, Function<T, ? extends IBaseResource> resource) {
    SimpleBundleProvider bundle =
        new SimpleBundleProvider(result.items().stream().map(resource).toList());
    bundle.setSize((int) Math.min(result.total(), Integer.MAX_VALUE));
    bundle.setCurrentPageOffset(page.offset());
    bundle.setCurrentPageSize(page.limit());
    return bundle;
  }

  /** The page of a result that is small by nature (a patient's plans in force), cut in memory. */
  <T> IBundleProvider answer(
      PageRequest page, List<T> all, Function<T, ? extends IBaseResource> resource) {
    List<T> items =
        all.subList(
            Math.min(page.offset(), all.size()),
            (int) Math.min((long) page.offset() + page.limit(), all.size()));
    return answer(page, new ResultPage<>(items, all.size()), resource);
  }

  private static boolean newestFirst(String sort, Sorting sorting) {
    if (sort == null) {
      return sorting.newestFirstByDefault();
    }
    if (sorting.parameter() == null) {
      throw new InvalidRequestException("this search has a fixed order: _sort is not supported");
    }
    if (sort.equals(sorting.parameter()) || sort.equals("-" + sorting.parameter())) {
      return sort.startsWith("-");
    }
    throw new InvalidRequestException(
        "_sort may be "
            + sorting.parameter()
            + " (oldest first) or -"
            + sorting.parameter()
            + " (newest first), not '"
            + sort
            + "'");
  }

  private static Integer number(Map<String, String[]> parameters, String name, int min) {
    String value = single(parameters, name);
    if (value == null) {
      return null;
    }
    if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < min) {
      throw new InvalidRequestException(
          name + " must be a whole number from " + min + ", not '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  private static String single(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    if (values == null) {
      return null;
    }
    if (values.length != 1) {
      throw new InvalidRequestException(name + " may be given once");
    }
    return values[0];
  }
}
