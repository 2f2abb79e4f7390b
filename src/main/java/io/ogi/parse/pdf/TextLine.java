package io.ogi.parse.pdf;

import java.util.List;

/**
 * One line of a page: words sharing a baseline, left to right. {@code order} is the line's place
 * in the whole document (pages concatenated), used to keep reading order across page breaks.
 */
record TextLine(List<Word> words, double y, double em, int page, int order) {

  String text() {
    StringBuilder sb = new StringBuilder();
    for (Word w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.text());
    }
    return sb.toString();
  }

  double x0() {
    return words.get(0).x0();
  }

  double x1() {
    return words.get(words.size() - 1).x1();
  }
}
