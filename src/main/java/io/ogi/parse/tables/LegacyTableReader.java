package io.ogi.parse.tables;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the legacy statistics table (政府信息公开情况统计表, reports for 2008-2018): indicator rows of
 * label, unit and value, mapped to the {@code legacy.*} keys of gold-format.md (seed 003).
 *
 * <p>Indicator wording varies by province, so rows are matched by keyword. The sub-rows 维持 / 纠错 /
 * 其他 belong to whichever of 行政复议 or 行政诉讼 came last. Checks that fail become flags (seed 003:
 * litigation total 0 with 1 corrected; 53 closed but 55 on time plus 2 delayed).
 */
public final class LegacyTableReader {

  private LegacyTableReader() {}

  /** Whether a table is a legacy statistics table. */
  public static boolean isLegacyTable(ReportContent.Table table) {
    // some cell's label holds 收到申请数, 统计指标, 同意公开答复 or 政府信息公开情况统计表: worked out
    // with the other readers' tests in one walk
    return TableSigns.of(table, false).legacy();
  }

  /** Reads the indicators into {@code report}; returns whether any was read. */
  public static boolean read(ReportContent.Table table, ParsedReport report) {
    // The report's first value by key, which ParsedReport.value(key) finds by a walk over all values:
    // looked up here for every row and check. Only this method adds values meanwhile, and it keeps
    // the index up to date.
    Map<String, ReportValue> values = new HashMap<>();
    for (ReportValue v : report.getValues()) {
      values.putIfAbsent(v.key(), v);
    }
    String context = null;
    boolean any = false;
    for (List<String> cells : table.rows()) {
      String label = null;
      String unit = null;
      String value = null;
      for (String c : cells) {
        Cells.Kind k = Cells.kind(c);
        if (k == Cells.Kind.TEXT) {
          String l = Cells.label(c);
          if (label == null) {
            label = l;
          } else if (value == null && isUnit(l)) {
            unit = l;
          }
        } else if (k == Cells.Kind.NUMBER && label != null) {
          value = c;
        }
      }
      if (label == null) {
        continue;
      }
      long labelBits = Word.bits(label);
      if (REVIEW.in(label, labelBits)) {
        context = "review";
      } else if (LITIGATION.in(label, labelBits)) {
        context = "litigation";
      } else if (BLOCK_ENDS[0].in(label, labelBits) || BLOCK_ENDS[1].in(label, labelBits)
          || BLOCK_ENDS[2].in(label, labelBits)) {
        context = null;
      }
      if (value == null) {
        continue; // a heading, or a row left blank: it may open or close a block (above), but gives no value
      }
      String key = keyOf(label, labelBits, context);
      if (key == null) {
        continue;
      }
      if (values.containsKey(key)) {
        continue;
      }
      double v = Cells.number(value);
      if (key.equals("legacy.fees_10k_yuan") && "元".equals(unit)) {
        v = v / 10000.0;
      }
      ReportValue read = new ReportValue(key, v, ReportValue.SOURCE_CELL, "legacy", truncate(label), unit,
          table.exactGrid() ? 1.0 : 0.95);
      report.addValue(read);
      values.put(key, read);
      any = true;
    }
    if (any) {
      check(values, report);
    }
    return any;
  }

  private static boolean isUnit(String l) {
    return l.equals("件") || l.equals("条") || l.equals("万元") || l.equals("元") || l.equals("次") || l.equals("人")
        || l.equals("个") || l.equals("篇") || l.equals("人次") || l.equals("单位");
  }

  /** A row's key when its label holds one of {@code words} or is {@code exact}. */
  private record Indicator(String key, Word[] words, String exact) {
    static Indicator of(String key, String... words) {
      return new Indicator(key, Arrays.stream(words).map(Word::new).toArray(Word[]::new), null);
    }

    boolean matches(String l, long lBits) {
      for (Word w : words) {
        if (w.in(l, lBits)) {
          return true;
        }
      }
      return l.equals(exact);
    }
  }

  /**
   * The indicators tested before the sub-rows of 行政复议 and 行政诉讼, in order: the first that
   * matches gives the key.
   */
  private static final Indicator[] INDICATORS = {
    Indicator.of("legacy.normative_docs_published", "主动公开规范性文件"),
    Indicator.of("legacy.normative_docs_issued", "制发规范性文件"),
    Indicator.of("proactive.items", "主动公开政府信息数"),
    Indicator.of("legacy.received", "收到申请数", "收到申请总数", "受理申请总数"),
    Indicator.of("legacy.received.in_person", "当面申请"),
    Indicator.of("legacy.received.fax", "传真申请"),
    Indicator.of("legacy.received.email", "电子邮件申请", "邮件申请"),
    Indicator.of("legacy.received.online", "网络申请", "网上申请"),
    Indicator.of("legacy.received.letter", "信函申请"),
    Indicator.of("legacy.received.other", "其他形式申请", "其他方式申请"),
    new Indicator("legacy.closed", new Word[] {new Word("申请办结数"), new Word("已办结数")}, "(二)办结数"),
    Indicator.of("legacy.partial", "同意部分公开"),
    Indicator.of("legacy.denied", "不同意公开"),
    Indicator.of("legacy.granted", "同意公开答复"),
    Indicator.of("legacy.denied.state_secret", "涉及国家秘密"),
    Indicator.of("legacy.denied.commercial_secret", "涉及商业秘密"),
    Indicator.of("legacy.denied.privacy", "涉及个人隐私"),
    Indicator.of("legacy.denied.security", "危及国家安全"),
    Indicator.of("legacy.denied.not_gov_info", "不是《条例》所指", "不是条例所指"),
    Indicator.of("legacy.denied.other_law", "法律法规规定的其他情形"),
    Indicator.of("legacy.not_this_agency", "不属于本行政机关"),
    Indicator.of("legacy.not_exist", "申请信息不存在"),
    Indicator.of("legacy.review", "行政复议数量"),
    Indicator.of("legacy.litigation", "行政诉讼数量"),
  };
  /** The sub-rows of 行政复议 or 行政诉讼 (维持, 纠错, 其他情形), then the indicators tested after them. */
  private static final Word UPHELD = new Word("维持");
  private static final Word CORRECTED = new Word("纠错");
  private static final Word OTHER = new Word("其他情形");
  private static final Indicator[] LATE_INDICATORS = {
    Indicator.of("legacy.complaints", "举报投诉数量"),
    Indicator.of("legacy.fees_10k_yuan", "收取的费用", "收取费用"),
  };
  /** The labels that open a block (行政复议, 行政诉讼) or close it. */
  private static final Word REVIEW = new Word("行政复议");
  private static final Word LITIGATION = new Word("行政诉讼");
  private static final Word[] BLOCK_ENDS = {new Word("举报投诉"), new Word("收取的费用"), new Word("机构建设")};

  static String keyOf(String l, String context) {
    return keyOf(l, Word.bits(l), context);
  }

  /** The key of the row labelled {@code l}, of {@link Word#bits} {@code lBits}, or null. */
  private static String keyOf(String l, long lBits, String context) {
    for (Indicator i : INDICATORS) {
      if (i.matches(l, lBits)) {
        return i.key();
      }
    }
    if (context != null) {
      boolean review = context.equals("review"); // else "litigation"
      if (UPHELD.in(l, lBits)) {
        return review ? "legacy.review.upheld" : "legacy.litigation.upheld";
      }
      if (CORRECTED.in(l, lBits)) {
        return review ? "legacy.review.corrected" : "legacy.litigation.corrected";
      }
      if (OTHER.in(l, lBits)) {
        return review ? "legacy.review.other" : "legacy.litigation.other";
      }
    }
    for (Indicator i : LATE_INDICATORS) {
      if (i.matches(l, lBits)) {
        return i.key();
      }
    }
    return null;
  }

  /**
   * Per block (行政复议, 行政诉讼): its total's key, its sub-rows' keys and the flag when they
   * disagree, spelt out once (a constant's hash is computed once, a concatenation's every time).
   */
  private static final String[][] BLOCK_CHECKS = {
    {"legacy.review", "legacy.review.upheld", "legacy.review.corrected", "legacy.review.other", "legacy.review_sum"},
    {"legacy.litigation", "legacy.litigation.upheld", "legacy.litigation.corrected", "legacy.litigation.other",
      "legacy.litigation_sum"}
  };

  /** The checks, over {@code values}: the report's first value by key. */
  private static void check(Map<String, ReportValue> values, ParsedReport r) {
    for (String[] block : BLOCK_CHECKS) {
      Double total = val(values, block[0]);
      Double sum = sum(values, block[1], block[2], block[3]);
      if (total != null && sum != null && Math.abs(total - sum) > 1e-6) {
        r.addFlag(block[4]);
      }
    }
    Double received = val(values, "legacy.received");
    Double channels = sum(values, "legacy.received.in_person", "legacy.received.fax", "legacy.received.email",
        "legacy.received.online", "legacy.received.letter", "legacy.received.other");
    if (received != null && channels != null && Math.abs(received - channels) > 1e-6) {
      r.addFlag("legacy.received_sum");
    }
    Double denied = val(values, "legacy.denied");
    Double reasons = sum(values, "legacy.denied.state_secret", "legacy.denied.commercial_secret", "legacy.denied.privacy",
        "legacy.denied.security", "legacy.denied.not_gov_info", "legacy.denied.other_law");
    if (denied != null && reasons != null && Math.abs(denied - reasons) > 1e-6) {
      r.addFlag("legacy.denied_sum");
    }
    Double closed = val(values, "legacy.closed");
    if (closed != null && received != null && closed > received + 1e-6) {
      r.addFlag("legacy.closed_exceeds_received");
    }
  }

  private static Double val(Map<String, ReportValue> values, String key) {
    ReportValue v = values.get(key);
    return v == null ? null : v.value();
  }

  /** Sum of the keys present; null when none is. */
  private static Double sum(Map<String, ReportValue> values, String... keys) {
    Double s = null;
    for (String k : keys) {
      Double v = val(values, k);
      if (v != null) {
        s = s == null ? v : s + v;
      }
    }
    return s;
  }

  private static String truncate(String s) {
    return s.length() > 80 ? s.substring(0, 80) : s;
  }
}
