package io.ogi.parse.html;

import io.ogi.parse.ReportContent;

/** Placeholder until the HTML branch lands. */
public final class HtmlContentExtractor {
  private HtmlContentExtractor() {}

  public static ReportContent extract(String html) {
    return new ReportContent();
  }
}
