/**
 * HTML pages to {@link io.ogi.parse.ReportContent}.
 *
 * <p>Entry point: {@link io.ogi.parse.html.HtmlContentExtractor#extract(String)}, on text decoded by
 * {@link io.ogi.parse.DocumentDecoder}.
 *
 * <p>Pipeline: {@code Jsoup.parse}; {@link io.ogi.parse.html.PageStats} (one iterative pass:
 * text and link lengths, chrome verdicts, layout tables, title candidates, kept in document order);
 * {@code HtmlContentExtractor.locateBody} (descend into the child holding most non-link text);
 * {@link io.ogi.parse.html.TitleFinder}; {@link io.ogi.parse.html.BodyEmitter} (one pass over the
 * body, reading the facts in step: lines and {@link io.ogi.parse.html.TableGrid} grids). Every
 * walk is a {@link io.ogi.parse.html.DomWalk}. Rules for what is chrome live in
 * {@link io.ogi.parse.html.ChromeRules}; whitespace rules in {@link io.ogi.parse.html.TextNorm}.
 */
package io.ogi.parse.html;
