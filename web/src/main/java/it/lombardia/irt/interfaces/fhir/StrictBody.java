package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition.ChildTypeEnum;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hl7.fhir.instance.model.api.IBaseBooleanDatatype;
import org.hl7.fhir.instance.model.api.IBaseDecimalDatatype;
import org.hl7.fhir.instance.model.api.IBaseIntegerDatatype;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/**
 * What HAPI's strict parser (see {@link FhirServlet}) cannot see in a body, checked before it
 * parses: the body must be UTF-8 (invalid bytes would otherwise become U+FFFD silently), without
 * the byte order mark JSON forbids senders to add (RFC 8259 §8.1); a JSON body must be JSON as the
 * RFC defines it (no duplicate keys, single quotes, {@code +1}, {@code NaN}) and have the shape
 * FHIR JSON gives each element of HAPI's own model: an array exactly for a repeating element, a
 * number for decimal and integer types (not {@code "72"}), true/false for booleans, a string for
 * the other primitives, no {@code null} outside a primitive array, no empty object or array. Each
 * problem is an issue naming its element ({@code Bundle.entry[0].resource.valueQuantity.value}):
 * 400, nothing parsed, nothing stored. Unknown elements and malformed values are HAPI's to report.
 */
@Interceptor
public class StrictBody {

  private static final int MOST_ISSUES = 20;
  private static final String FHIR_NAMESPACE = "http://hl7.org/fhir";
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate (?:field|Object property) ['\"]([^'\"]*)['\"]");
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private final FhirContext fhir;

  public StrictBody(FhirContext fhir) {
    this.fhir = fhir;
  }

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean check(RequestDetails request) {
    String type = request.getHeader("Content-Type");
    RequestTypeEnum method = request.getRequestType();
    EncodingEnum encoding =
        type == null ? null : EncodingEnum.forContentType(type.split(";", 2)[0].trim());
    if ((method != RequestTypeEnum.POST && method != RequestTypeEnum.PUT) || encoding == null) {
      return true; // no body, or a form-encoded search: FhirContentTypes refuses anything else
    }
    requireUtf8(type);
    inspect(
        request.loadRequestContents(),
        encoding,
        request.getResourceName() == null ? "Bundle" : request.getResourceName());
    return true;
  }

  /**
   * Refuses (400, one issue per problem) a body of {@code encoding} posted to {@code root}'s
   * endpoint that HAPI's parser would misread or accept although FHIR forbids it.
   */
  void inspect(byte[] body, EncodingEnum encoding, String root) {
    decodeUtf8(body);
    if (body.length >= 3
        && (body[0] & 0xFF) == 0xEF
        && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF) {
      throw refused(
          List.of(
              new Problem(
                  null,
                  "the body starts with a byte order mark (U+FEFF), which a sender must not add"
                      + " (RFC 8259 §8.1)")));
    }
    if (encoding == EncodingEnum.XML) {
      requireFhirNamespace(body);
    } else if (encoding == EncodingEnum.JSON) {
      List<Problem> problems = new ArrayList<>();
      checkResource(parse(body, root), root, problems);
      if (!problems.isEmpty()) {
        throw refused(problems.subList(0, Math.min(problems.size(), MOST_ISSUES)));
      }
    }
  }

  /** HAPI's XML parser reads a root element of any namespace: FHIR's is http://hl7.org/fhir. */
  private static void requireFhirNamespace(byte[] body) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    String namespace = null;
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(body));
      while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
        // up to the root element
      }
      namespace = xml.isStartElement() ? xml.getNamespaceURI() : null;
    } catch (XMLStreamException e) {
      return; // not well-formed: HAPI's parser says where
    }
    if (!FHIR_NAMESPACE.equals(namespace)) {
      throw refused(
          List.of(
              new Problem(
                  null,
                  "the root element's namespace is "
                      + (namespace == null ? "missing" : namespace)
                      + ", not FHIR's "
                      + FHIR_NAMESPACE)));
    }
  }

  /** FHIR bodies are UTF-8 (R4 §3.1.0.1.9): another declared charset is a 415. */
  private static void requireUtf8(String contentType) {
    Matcher charset = Pattern.compile("(?i)charset=\"?([^\";]+)").matcher(contentType);
    if (charset.find() && !charset.group(1).trim().equalsIgnoreCase("utf-8")) {
      throw new UnclassifiedServerFailureException(
          415, "FHIR bodies are UTF-8, not " + charset.group(1).trim());
    }
  }

  private static void decodeUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw refused(List.of(new Problem(null, "the body is not valid UTF-8")));
    }
  }

  /** The body as a JSON tree; JSON the RFC forbids (a duplicate key first of all) is refused. */
  private static JsonNode parse(byte[] body, String root) {
    JsonParser parser = null;
    try {
      parser = JSON.createParser(body);
      JsonNode tree = JSON.readTree(parser);
      if (tree != null && parser.nextToken() != null) {
        throw refused(List.of(new Problem(null, "invalid JSON: content after the resource")));
      }
      if (tree == null || !tree.isObject()) {
        throw refused(
            List.of(new Problem(null, "a FHIR resource is a JSON object with a resourceType")));
      }
      return tree;
    } catch (JsonProcessingException e) {
      String where = parser == null ? root : path(root, parser);
      JsonLocation at = e.getLocation();
      Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
      String why =
          duplicate.find()
              ? "the key '" + duplicate.group(1) + "' appears twice (FHIR JSON has unique keys)"
              : "invalid JSON: " + e.getOriginalMessage().replaceAll("\\s*\\n.*", "");
      if (duplicate.find(0)) {
        where = where + "." + duplicate.group(1);
      }
      throw refused(
          List.of(
              new Problem(
                  where,
                  why
                      + (at == null
                          ? ""
                          : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"))));
    } catch (IOException e) {
      throw refused(List.of(new Problem(null, "the body could not be read")));
    }
  }

  /** Where the parser stood, as a FHIR path: {@code Bundle.entry[0].resource}. */
  private static String path(String root, JsonParser parser) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = parser.getParsingContext();
        c != null && c.getParent() != null;
        c = c.getParent()) {
      JsonStreamContext parent = c.getParent();
      if (parent.inArray()) {
        path.insert(0, "[" + Math.max(0, parent.getCurrentIndex()) + "]");
      } else if (parent.inObject()) {
        path.insert(0, "." + parent.getCurrentName());
      }
    }
    return root + path;
  }

  private void checkResource(JsonNode node, String path, List<Problem> problems) {
    JsonNode type = node.get("resourceType");
    if (type == null || !type.isTextual()) {
      problems.add(new Problem(path, "a resource needs its resourceType"));
      return;
    }
    if (!fhir.getResourceTypes().contains(type.asText())) {
      problems.add(new Problem(path + ".resourceType", "unknown resourceType " + type));
      return;
    }
    checkObject(node, fhir.getResourceDefinition(type.asText()), path, problems);
  }

  private void checkObject(
      JsonNode node,
      BaseRuntimeElementCompositeDefinition<?> definition,
      String path,
      List<Problem> problems) {
    if (node.isEmpty()) {
      problems.add(new Problem(path, "an empty object: FHIR JSON leaves out what is absent"));
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      String where = path + "." + name;
      if (name.equals("resourceType") || name.equals("fhir_comments")) {
        continue;
      }
      boolean extensionOfPrimitive = name.startsWith("_");
      BaseRuntimeChildDefinition child =
          definition.getChildByName(extensionOfPrimitive ? name.substring(1) : name);
      if (child == null) {
        continue; // an unknown element: HAPI's strict parser names it
      }
      boolean repeating = child.getMax() != 1;
      JsonNode value = field.getValue();
      if (value.isArray() != repeating) {
        problems.add(
            new Problem(
                where,
                repeating
                    ? "a repeating element: its value is a JSON array"
                    : "a single element: its value is not a JSON array"));
        continue;
      }
      if (repeating && value.isEmpty()) {
        problems.add(new Problem(where, "an empty array: FHIR JSON leaves out what is absent"));
        continue;
      }
      BaseRuntimeElementDefinition<?> element =
          child.getChildByName(extensionOfPrimitive ? name.substring(1) : name);
      if (!repeating) {
        checkValue(value, element, extensionOfPrimitive, where, false, problems);
        continue;
      }
      for (int i = 0; i < value.size(); i++) {
        checkValue(
            value.get(i), element, extensionOfPrimitive, where + "[" + i + "]", true, problems);
      }
    }
  }

  private void checkValue(
      JsonNode value,
      BaseRuntimeElementDefinition<?> element,
      boolean extensionOfPrimitive,
      String where,
      boolean inArray,
      List<Problem> problems) {
    if (value.isNull()) {
      // A primitive array may hold null where only its extensions (_element) have an entry.
      if (!(inArray && element != null && isPrimitive(element))) {
        problems.add(new Problem(where, "null is not a FHIR value: leave the element out"));
      }
      return;
    }
    if (element == null) {
      return;
    }
    if (extensionOfPrimitive) {
      checkPrimitiveExtensions(value, where, problems);
      return;
    }
    ChildTypeEnum kind = element.getChildType();
    if (kind == ChildTypeEnum.RESOURCE
        || kind == ChildTypeEnum.CONTAINED_RESOURCE_LIST
        || kind == ChildTypeEnum.CONTAINED_RESOURCES) {
      if (value.isObject()) {
        checkResource(value, where, problems);
      } else {
        problems.add(new Problem(where, "a resource is a JSON object"));
      }
    } else if (isPrimitive(element)) {
      String expected = jsonTypeOf(element);
      boolean ok =
          switch (expected) {
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> value.isTextual();
          };
      if (!ok) {
        problems.add(
            new Problem(
                where,
                "a " + element.getName() + " is a JSON " + expected + ", not " + describe(value)));
      }
    } else if (!value.isObject()) {
      problems.add(
          new Problem(
              where, "a " + element.getName() + " is a JSON object, not " + describe(value)));
    } else if (element instanceof BaseRuntimeElementCompositeDefinition<?> composite) {
      checkObject(value, composite, where, problems);
    }
  }

  /** A primitive's {@code _element}: an object of an {@code id} and {@code extension}s only. */
  private void checkPrimitiveExtensions(JsonNode value, String where, List<Problem> problems) {
    if (!value.isObject()) {
      problems.add(new Problem(where, "a primitive's id and extensions are a JSON object"));
      return;
    }
    if (fhir.getElementDefinition("Extension")
        instanceof BaseRuntimeElementCompositeDefinition<?> extension) {
      checkObject(value, extension, where, problems); // its id and extension are an Extension's
    }
    for (Map.Entry<String, JsonNode> p : value.properties()) {
      if (!p.getKey().equals("id") && !p.getKey().equals("extension")) {
        problems.add(
            new Problem(
                where + "." + p.getKey(),
                "unknown element: a primitive's _element holds only id and extension"));
      }
    }
  }

  private static boolean isPrimitive(BaseRuntimeElementDefinition<?> element) {
    ChildTypeEnum kind = element.getChildType();
    return kind == ChildTypeEnum.PRIMITIVE_DATATYPE
        || kind == ChildTypeEnum.ID_DATATYPE
        || kind == ChildTypeEnum.PRIMITIVE_XHTML
        || kind == ChildTypeEnum.PRIMITIVE_XHTML_HL7ORG;
  }

  /** The JSON type of a primitive in FHIR JSON (R4 §2.6.2): numbers and booleans bare. */
  private static String jsonTypeOf(BaseRuntimeElementDefinition<?> primitive) {
    Class<?> type = primitive.getImplementingClass();
    if (IBaseDecimalDatatype.class.isAssignableFrom(type)
        || IBaseIntegerDatatype.class.isAssignableFrom(type)) {
      return "number";
    }
    return IBaseBooleanDatatype.class.isAssignableFrom(type) ? "boolean" : "string";
  }

  private static String describe(JsonNode value) {
    JsonToken token = value.asToken();
    return switch (token) {
      case VALUE_STRING -> "the string " + value;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + value;
      case VALUE_TRUE, VALUE_FALSE -> value.toString();
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> value.toString();
    };
  }

  /** A problem of the body: where (a FHIR path, or null for the whole body) and what. */
  record Problem(String where, String message) {}

  private static InvalidRequestException refused(List<Problem> problems) {
    OperationOutcome outcome = new OperationOutcome();
    for (Problem p : problems) {
      var issue =
          outcome
              .addIssue()
              .setSeverity(IssueSeverity.ERROR)
              .setCode(IssueType.STRUCTURE)
              .setDiagnostics(p.where() == null ? p.message() : p.where() + ": " + p.message());
      if (p.where() != null) {
        issue.getExpression().add(new StringType(p.where()));
      }
    }
    return new InvalidRequestException(outcome.getIssueFirstRep().getDiagnostics(), outcome);
  }
}
