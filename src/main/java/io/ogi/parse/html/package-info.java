/**
 * HTML pages to {@link io.ogi.parse.ReportContent}.
 *
 * <p>Entry points: {@link io.ogi.parse.html.HtmlDecoding#decode(byte[])} (bytes to string, GBK
 * pages read as GB18030) and {@link io.ogi.parse.html.HtmlContentExtractor#extract(String)}.
 *
 * <p>Pipeline: {@code Jsoup.parse}; {@link io.ogi.parse.html.PageStats} (one iterative pass:
 * text and link lengths, chrome verdicts, layout tables, title candidates);
 * {@code HtmlContentExtractor.locateBody} (descend into the child holding most non-link text);
 * {@link io.ogi.parse.html.TitleFinder}; {@link io.ogi.parse.html.BodyEmitter} (one pass over the
 * body: lines and {@link io.ogi.parse.html.TableGrid} grids). Rules for what is chrome live in
 * {@link io.ogi.parse.html.ChromeRules}; whitespace rules in {@link io.ogi.parse.html.TextNorm}.
 */
package io.ogi.parse.html;
