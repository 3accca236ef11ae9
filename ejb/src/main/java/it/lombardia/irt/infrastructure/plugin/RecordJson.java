package it.lombardia.irt.infrastructure.plugin;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Collection;

/**
 * Writes a network definition (records, lists, enums, strings, numbers, durations) as JSON in the
 * shape {@link DefinitionJson} reads back. It runs in the plug-in's sandbox, where only the JDK and
 * the SPI are on the class path, hence no JSON library. Output is pure ASCII, so the platform
 * encoding of the child process does not matter.
 */
final class RecordJson {

  private final StringBuilder out = new StringBuilder();

  private RecordJson() {}

  static String write(Object value) {
    RecordJson json = new RecordJson();
    json.value(value);
    return json.out.toString();
  }

  private void value(Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      out.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("a definition holds a number that is not finite: " + d);
      }
      out.append(value);
    } else if (value instanceof Enum<?> e) {
      string(e.name());
    } else if (value instanceof Duration d) {
      string(d.toString());
    } else if (value instanceof Collection<?> c) {
      array(c);
    } else if (value instanceof Record r) {
      object(r);
    } else {
      throw new IllegalArgumentException(
          "a definition cannot hold a " + value.getClass().getName());
    }
  }

  private void array(Collection<?> values) {
    out.append('[');
    boolean first = true;
    for (Object v : values) {
      if (!first) {
        out.append(',');
      }
      first = false;
      value(v);
    }
    out.append(']');
  }

  private void object(Record record) {
    out.append('{');
    boolean first = true;
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object v = read(component, record);
      if (v == null) {
        continue; // as JSON-B does: an absent property reads back as null
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      string(component.getName());
      out.append(':');
      value(v);
    }
    out.append('}');
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(
          "a definition cannot hold the non-public " + record.getClass().getName());
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "reading " + component.getName() + " failed: " + e.getCause());
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
