package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body may not exceed {@code irt.fhir.max-body-bytes}: a larger declared length is
 * refused at the first read, a chunked body as soon as it passes the limit — a 413 with an
 * OperationOutcome through HAPI, before the body is parsed or kept in memory.
 */
final class BoundedBody extends HttpServletRequestWrapper {

  private final long limit;
  private ServletInputStream stream;

  BoundedBody(HttpServletRequest request, long limit) {
    super(request);
    this.limit = limit;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      stream = new Counted(super.getInputStream());
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }

  private PayloadTooLargeException tooLarge() {
    return new PayloadTooLargeException(
        "The request body is larger than " + limit + " bytes (irt.fhir.max-body-bytes)");
  }

  private final class Counted extends ServletInputStream {

    private final ServletInputStream in;
    private long read;

    Counted(ServletInputStream in) {
      this.in = in;
    }

    private int counted(int n) {
      if (getContentLengthLong() > limit) {
        throw tooLarge();
      }
      if (n > 0) {
        read += n;
        if (read > limit) {
          throw tooLarge();
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      counted(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return counted(in.read(buffer, offset, length));
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
