package io.ogi.job;

import io.ogi.model.ParsedReport;
import io.ogi.parse.DocumentDecoder;
import io.ogi.parse.ReportParser;
import io.ogi.place.PlaceResolver;
import java.io.Serializable;

/**
 * Makes the parser a Spark task uses. The factory is shipped to the executors; the parser itself
 * is built there, once per partition, so it need not be serializable.
 *
 * <p>Tests inject a fake to drive {@link ReportJob} with reports of known content.
 */
@FunctionalInterface
public interface ParserFactory extends Serializable {

  /** Parses one document's bytes; same contract as {@link ReportParser#parse(String, byte[])}. */
  @FunctionalInterface
  interface DocumentParser {
    ParsedReport parse(String sourcePath, byte[] bytes);

    /**
     * Parses a document that came with a media type (a WARC record's {@code Content-Type}, {@code
     * null} for none); parsers that cannot use it ignore it.
     */
    default ParsedReport parse(String sourcePath, byte[] bytes, String contentType) {
      return parse(sourcePath, bytes);
    }
  }

  /** A new parser; called once per partition on an executor. */
  DocumentParser create();

  /** The project's parser, {@link ReportParser}. */
  static ParserFactory reportParser() {
    return () -> {
      ReportParser parser = new ReportParser();
      return new DocumentParser() {
        @Override
        public ParsedReport parse(String sourcePath, byte[] bytes) {
          return parser.parse(sourcePath, bytes);
        }

        @Override
        public ParsedReport parse(String sourcePath, byte[] bytes, String contentType) {
          return parser.parse(sourcePath, bytes, contentType);
        }
      };
    };
  }

  /** The project's parser, rejecting documents over {@code maxDecodedBytes} after gunzip. */
  static ParserFactory reportParser(long maxDecodedBytes) {
    if (maxDecodedBytes == DocumentDecoder.DEFAULT_MAX_DECODED_BYTES) {
      return reportParser();
    }
    return () -> new ReportParser(new DocumentDecoder(maxDecodedBytes), new PlaceResolver())::parse;
  }
}
