package io.ogi.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns a document's raw bytes into text: gunzips, decides HTML or text, and picks the charset.
 *
 * <p>Government sites serve UTF-8 and GBK/GB2312 pages; HTML may declare its charset in a meta tag,
 * text files never do. A declared charset is checked against the bytes (a GBK page labelled UTF-8
 * is common), and undeclared bytes are tried as strict UTF-8 first, then GB18030 (a superset of GBK
 * and GB2312).
 */
public final class DocumentDecoder {

  /**
   * Decompressed documents larger than this are rejected (gzip bombs, giant pages): 16 MiB, the
   * job's default size limit too. The largest real report pages are a few hundred KB and the largest
   * PDFs a few MB; a page of 16 MiB is a runaway (a log, a dump) whose parse would hold hundreds of
   * MB of DOM in an executor.
   */
  public static final long DEFAULT_MAX_DECODED_BYTES = 16L * 1024 * 1024;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-]+)");
  private static final Pattern MEDIA_TYPE_CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([a-z0-9_\\-]+)");

  /** The outcome: either text with its format and charset, or a rejection reason. */
  public record Decoded(
      String text, String format, String charset, String rejection, boolean charsetMismatch, byte[] content) {
    public boolean rejected() {
      return rejection != null;
    }

    static Decoded reject(String reason) {
      return new Decoded(null, null, null, reason, false, null);
    }

    Decoded withContent(byte[] bytes) {
      return new Decoded(text, format, charset, rejection, charsetMismatch, bytes);
    }
  }

  private final long maxDecodedBytes;

  public DocumentDecoder() {
    this(DEFAULT_MAX_DECODED_BYTES);
  }

  public DocumentDecoder(long maxDecodedBytes) {
    this.maxDecodedBytes = maxDecodedBytes;
  }

  /**
   * Decodes one document.
   *
   * @param path the document's name; its extension (after an optional .gz) decides the format
   * @param raw the bytes as stored
   * @return text and format (format {@code pdf} with the bytes only), or a rejection with a reason
   *     (empty file, not gzip, binary ...)
   */
  public Decoded decode(String path, byte[] raw) {
    return decode(path, raw, null);
  }

  /**
   * Decodes one document that came with a media type, as a WARC record's HTTP {@code Content-Type}
   * header ({@code text/html; charset=gbk}). The type decides HTML or text only when the name's
   * extension does not; its charset counts as declared where the page declares none (a BOM or a
   * meta tag wins), and is checked against the bytes like a meta tag.
   *
   * @param contentType the media type, or {@code null} for none
   */
  public Decoded decode(String path, byte[] raw, String contentType) {
    String name = path == null ? "" : path.toLowerCase(Locale.ROOT);
    byte[] bytes = raw;
    boolean gzName = name.endsWith(".gz");
    if (gzName) {
      name = name.substring(0, name.length() - 3);
    }
    if (isGzip(bytes)) {
      try {
        bytes = gunzip(bytes, maxDecodedBytes);
      } catch (TooLargeException e) {
        return Decoded.reject("decompressed size exceeds " + maxDecodedBytes + " bytes");
      } catch (IOException e) {
        return Decoded.reject("corrupt gzip: " + e.getMessage());
      }
    } else if (gzName) {
      return Decoded.reject("named .gz but not gzip data");
    }
    if (bytes.length == 0) {
      return Decoded.reject("empty file");
    }
    if (bytes.length > maxDecodedBytes) {
      return Decoded.reject("document size exceeds " + maxDecodedBytes + " bytes");
    }
    if (startsWith(bytes, "%PDF")) {
      // Read by io.ogi.parse.pdf from the bytes; there is no text to decode here.
      return new Decoded(null, "pdf", null, null, false, bytes);
    }
    String format = formatOf(name, bytes);
    if (contentType != null && (format == null || extension(name).isEmpty())) {
      format = formatOfMediaType(contentType, format);
    }
    if (format == null) {
      return Decoded.reject("unsupported file type: " + extension(name));
    }
    if (looksBinary(bytes)) {
      return Decoded.reject("binary content, not text or HTML");
    }
    return decodeText(bytes, format, charsetOfMediaType(contentType)).withContent(bytes);
  }

  /** {@code text/html} and {@code application/xhtml+xml} are HTML, {@code text/plain} is text. */
  private static String formatOfMediaType(String contentType, String otherwise) {
    String type = contentType.toLowerCase(Locale.ROOT);
    int semi = type.indexOf(';');
    type = (semi < 0 ? type : type.substring(0, semi)).trim();
    return switch (type) {
      case "text/html", "application/xhtml+xml" -> "html";
      case "text/plain" -> "text";
      default -> otherwise;
    };
  }

  /** The {@code charset} parameter of a media type, or {@code null}. */
  private static Charset charsetOfMediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = MEDIA_TYPE_CHARSET.matcher(contentType);
    return m.find() ? charsetNamed(m.group(1)) : null;
  }

  private Decoded decodeText(byte[] bytes, String format, Charset hinted) {
    // A byte-order mark is the strongest evidence there is.
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), format, "UTF-8", null, false, null);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), format, "UTF-16LE", null, false, null);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), format, "UTF-16BE", null, false, null);
    }
    Charset declared = "html".equals(format) ? declaredCharset(bytes) : null;
    if (declared == null) {
      declared = hinted;
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      Charset use = isGbFamily(declared) ? GB18030 : declared;
      String text = strict(bytes, use);
      if (text != null) {
        return new Decoded(text, format, use.name(), null, false, null);
      }
      String utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8 != null) {
        return new Decoded(utf8, format, "UTF-8", null, true, null);
      }
      return new Decoded(new String(bytes, use), format, use.name(), null, true, null);
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, format, "UTF-8", null, false, null);
    }
    String gb = strict(bytes, GB18030);
    // Big5 (Traditional Chinese mirrors, Hong Kong and Taiwan sites) also decodes as GB18030, to
    // nonsense: undeclared, the decoding whose text has more of the commonest characters wins.
    String big5 = declared == null ? strict(bytes, BIG5) : null;
    if (big5 != null && (gb == null || CommonHan.score(big5) > 2 * CommonHan.score(gb) + 4)) {
      return new Decoded(big5, format, BIG5.name(), null, false, null);
    }
    if (gb != null) {
      return new Decoded(gb, format, GB18030.name(), null, declared != null, null);
    }
    // Neither decodes cleanly: keep UTF-8 with replacement characters and say so.
    return new Decoded(new String(bytes, StandardCharsets.UTF_8), format, "UTF-8", null, true, null);
  }

  private static boolean isGbFamily(Charset cs) {
    String n = cs.name().toUpperCase(Locale.ROOT);
    return n.equals("GBK") || n.equals("GB2312") || n.equals("GB18030") || n.equals("X-EUC-CN") || n.equals("EUC-CN");
  }

  private static Charset declaredCharset(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    return charsetNamed(m.group(1));
  }

  private static Charset charsetNamed(String declaredName) {
    String name = declaredName.toLowerCase(Locale.ROOT);
    if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb_2312-80")) {
      return GB18030;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      // String's own UTF-8 decoding is much faster than a CharsetDecoder; it replaces malformed
      // input with U+FFFD, so a result without one is the strict decoding (else the decoder decides).
      String s = new String(bytes, StandardCharsets.UTF_8);
      if (s.indexOf('\uFFFD') < 0) {
        return s;
      }
    }
    try {
      CharBuffer cb =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String formatOf(String name, byte[] bytes) {
    String ext = extension(name);
    switch (ext) {
      case "html", "htm", "shtml", "xhtml", "jsp", "asp", "aspx", "php" -> {
        return "html";
      }
      case "txt", "text", "md" -> {
        return "text";
      }
      default -> {
        // No useful extension: sniff for markup.
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")) {
          return "html";
        }
        return ext.isEmpty() ? "text" : null;
      }
    }
  }

  private static String extension(String name) {
    int slash = name.lastIndexOf('/');
    String base = name.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "" : base.substring(dot + 1);
  }

  /** Binary files (images, archives) have NUL bytes or many control bytes early on. */
  private static boolean looksBinary(byte[] bytes) {
    if (bytes.length >= 2
        && (((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)
            || ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff))) {
      return false; // UTF-16 with a byte-order mark: NULs are expected
    }
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        control++;
      }
    }
    return control > n / 20;
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  private static boolean startsWith(byte[] b, String ascii) {
    if (b.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (b[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static final class TooLargeException extends IOException {
    TooLargeException() {
      super("too large");
    }
  }

  private static byte[] gunzip(byte[] gz, long limit) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, gz.length * 4));
      byte[] buf = new byte[65536];
      long total = 0;
      int r;
      while ((r = in.read(buf)) > 0) {
        total += r;
        if (total > limit) {
          throw new TooLargeException();
        }
        out.write(buf, 0, r);
      }
      return out.toByteArray();
    }
  }
}
