package io.ogi.parse.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decodes the bytes of a web page to a string, honouring BOMs and meta charset declarations. */
public final class HtmlDecoding {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final int SNIFF_BYTES = 4096;

  private HtmlDecoding() {}

  /**
   * Decodes a page. Order: BOM; a charset named in the first 4 KB (http-equiv or meta charset),
   * with gb2312/gbk/x-gbk read as GB18030 (its superset: pages declared gb2312 routinely contain
   * GBK-only characters); else strict UTF-8; else GB18030. Returns "" for null or empty input;
   * never throws (undecodable bytes become U+FFFD).
   */
  public static String decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return "";
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    Charset declared = declaredCharset(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return utf8;
    }
    // Declared UTF-8 but not valid UTF-8 is common on Chinese sites that re-encoded templates only.
    return new String(bytes, GB18030);
  }

  /** The charset declared in the page head, or null when none is declared or it is unknown. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int i = head.indexOf("charset");
    while (i >= 0) {
      int j = i + "charset".length();
      while (j < head.length() && (head.charAt(j) == ' ' || head.charAt(j) == '=' || head.charAt(j) == '"'
          || head.charAt(j) == '\'')) {
        j++;
      }
      int k = j;
      while (k < head.length() && (Character.isLetterOrDigit(head.charAt(k)) || head.charAt(k) == '-'
          || head.charAt(k) == '_')) {
        k++;
      }
      if (k > j) {
        Charset cs = forName(head.substring(j, k));
        if (cs != null) {
          return cs;
        }
      }
      i = head.indexOf("charset", k);
    }
    return null;
  }

  private static Charset forName(String name) {
    switch (name) {
      case "gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "gb18030", "euc-cn":
        return GB18030;
      case "utf8", "utf-8":
        return StandardCharsets.UTF_8;
      default:
        try {
          return Charset.forName(name);
        } catch (RuntimeException e) {
          return null;
        }
    }
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
