package io.ogi.gen;

import java.util.SplittableRandom;

/**
 * The numbers of one report, before any layout: table 三 (by row and applicant column), table 四,
 * table 二 and the legacy statistics. Built so that every identity of a correct report holds; a
 * jurisdiction aggregate is the {@link #add sum} of its parts.
 */
final class Figures {

  /** Applicant columns in print order; the seventh column (总计) is their sum. */
  static final String[] COLUMNS = {
    "natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total"
  };

  // Table 三 rows, at item granularity; section totals and 总计 are sums of these.
  static final int NEW = 0;
  static final int CARRIED = 1;
  static final int GRANTED = 2;
  static final int PARTIAL = 3;
  static final int DENIED0 = 4; // 8 items
  static final int UNABLE0 = 12; // 3 items
  static final int NOTPROC0 = 15; // 5 items
  static final int OTHER0 = 20; // 3 items (2021 revision); the trial format prints their sum
  static final int CARRIED_FORWARD = 23;
  static final int T3_ROWS = 24;

  static final String[] DENIED_ITEMS = {
    "state_secret", "prohibited_by_law", "three_safety_one_stability", "third_party_rights",
    "internal_affairs", "process_info", "law_enforcement_file", "administrative_query"
  };
  static final String[] UNABLE_ITEMS = {"not_held", "needs_creation", "unclear_after_correction"};
  static final String[] NOTPROC_ITEMS = {"petition_complaint", "repeat", "publication", "excessive", "confirmation"};
  static final String[] OTHER_ITEMS = {"overdue_correction", "overdue_fee", "other"};

  /** t3[row][column], columns 0-5; the 总计 column is computed. */
  final long[][] t3 = new long[T3_ROWS][6];
  /** Table 四: review, lit_direct, lit_after_review × upheld, corrected, other, pending. */
  final long[][] t4 = new long[3][4];

  // Table 二 (both wordings keep what they print).
  long regIssued, regPublished, regTotal, regRepealed, regInForce;
  long normIssued, normPublished, normTotal, normRepealed, normInForce;
  final long[] itemsPrev = new long[4]; // licensing, other_services, penalty, coercion
  final long[] itemsChange = new long[4];
  final long[] decisions = new long[4];
  long feeItemsPrev, feeItemsChange, feeCents, procProjects, procCents;
  long proactiveItems;

  // Legacy statistics table.
  long lInPerson, lFax, lOnline, lLetter, lEmail;
  long lGranted, lPartial, lNotThis, lNotExist, lChange, lOtherWay, lAlready, lPendingClose;
  final long[] lDenied = new long[6]; // state_secret, commercial_secret, privacy, security, not_gov_info, other_law
  final long[][] lCases = new long[2][3]; // review, litigation × upheld, corrected, other
  long lComplaints, lFeeCents, lNormIssued, lNormPublished;

  long col(int row, int c) {
    return c == 6 ? rowTotal(row) : t3[row][c];
  }

  long rowTotal(int row) {
    long s = 0;
    for (long v : t3[row]) {
      s += v;
    }
    return s;
  }

  long sum(int from, int count, int c) {
    long s = 0;
    for (int r = from; r < from + count; r++) {
      s += col(r, c);
    }
    return s;
  }

  long denied(int c) {
    return sum(DENIED0, 8, c);
  }

  long unable(int c) {
    return sum(UNABLE0, 3, c);
  }

  long notProcessed(int c) {
    return sum(NOTPROC0, 5, c);
  }

  long other(int c) {
    return sum(OTHER0, 3, c);
  }

  long results(int c) {
    return col(GRANTED, c) + col(PARTIAL, c) + denied(c) + unable(c) + notProcessed(c) + other(c);
  }

  long t4Total(int block) {
    long s = 0;
    for (long v : t4[block]) {
      s += v;
    }
    return s;
  }

  long lReceived() {
    return lInPerson + lFax + lOnline + lLetter + lEmail;
  }

  long lDeniedTotal() {
    long s = 0;
    for (long v : lDenied) {
      s += v;
    }
    return s;
  }

  long lClosed() {
    return lGranted + lPartial + lDeniedTotal() + lNotThis + lNotExist + lChange + lOtherWay + lAlready;
  }

  long lCaseTotal(int block) {
    return lCases[block][0] + lCases[block][1] + lCases[block][2];
  }

  /** Adds {@code o} to these figures (a jurisdiction aggregate is the sum of its parts). */
  void add(Figures o) {
    for (int r = 0; r < T3_ROWS; r++) {
      for (int c = 0; c < 6; c++) {
        t3[r][c] += o.t3[r][c];
      }
    }
    for (int b = 0; b < 3; b++) {
      for (int k = 0; k < 4; k++) {
        t4[b][k] += o.t4[b][k];
      }
    }
    regIssued += o.regIssued;
    regPublished += o.regPublished;
    regTotal += o.regTotal;
    regRepealed += o.regRepealed;
    regInForce += o.regInForce;
    normIssued += o.normIssued;
    normPublished += o.normPublished;
    normTotal += o.normTotal;
    normRepealed += o.normRepealed;
    normInForce += o.normInForce;
    for (int i = 0; i < 4; i++) {
      itemsPrev[i] += o.itemsPrev[i];
      itemsChange[i] += o.itemsChange[i];
      decisions[i] += o.decisions[i];
    }
    feeItemsPrev += o.feeItemsPrev;
    feeItemsChange += o.feeItemsChange;
    feeCents += o.feeCents;
    procProjects += o.procProjects;
    procCents += o.procCents;
    proactiveItems += o.proactiveItems;
    lInPerson += o.lInPerson;
    lFax += o.lFax;
    lOnline += o.lOnline;
    lLetter += o.lLetter;
    lEmail += o.lEmail;
    lGranted += o.lGranted;
    lPartial += o.lPartial;
    lNotThis += o.lNotThis;
    lNotExist += o.lNotExist;
    lChange += o.lChange;
    lOtherWay += o.lOtherWay;
    lAlready += o.lAlready;
    lPendingClose += o.lPendingClose;
    for (int i = 0; i < 6; i++) {
      lDenied[i] += o.lDenied[i];
    }
    for (int b = 0; b < 2; b++) {
      for (int k = 0; k < 3; k++) {
        lCases[b][k] += o.lCases[b][k];
      }
    }
    lComplaints += o.lComplaints;
    lFeeCents += o.lFeeCents;
    lNormIssued += o.lNormIssued;
    lNormPublished += o.lNormPublished;
  }

  private static final double[] APPLICANTS = {0.82, 0.08, 0.006, 0.012, 0.03, 0.052};
  private static final double[] OUTCOMES = {0.42, 0.09, 0.06, 0.24, 0.07, 0.12}; // granted … other
  private static final double[] DENIED_W = {0.05, 0.12, 0.06, 0.2, 0.17, 0.22, 0.1, 0.08};
  private static final double[] UNABLE_W = {0.7, 0.2, 0.1};
  private static final double[] NOTPROC_W = {0.45, 0.3, 0.08, 0.1, 0.07};
  private static final double[] OTHER_W = {0.3, 0.05, 0.65};
  private static final double[] CASES = {0.6, 0.1, 0.15, 0.15};

  /** A consistent set of figures for one organ; {@code weight} scales its volume. */
  static Figures random(SplittableRandom rnd, double weight, boolean legacy) {
    Figures f = new Figures();
    long volume = Numbers.heavy(rnd, 0.25, 1.5 * weight, 40_000);
    if (legacy) {
      long[] ch = Numbers.split(rnd, volume, new double[] {0.35, 0.03, 0.45, 0.12, 0.05});
      f.lInPerson = ch[0];
      f.lFax = ch[1];
      f.lOnline = ch[2];
      f.lLetter = ch[3];
      f.lEmail = ch[4];
      f.lPendingClose = Math.min(volume, Numbers.small(rnd, volume * 0.02));
      long closed = volume - f.lPendingClose;
      long[] o = Numbers.split(rnd, closed, new double[] {0.5, 0.08, 0.07, 0.1, 0.08, 0.04, 0.05, 0.08});
      f.lGranted = o[0];
      f.lPartial = o[1];
      long[] d = Numbers.split(rnd, o[2], new double[] {0.15, 0.15, 0.25, 0.1, 0.25, 0.1});
      System.arraycopy(d, 0, f.lDenied, 0, 6);
      f.lNotThis = o[3];
      f.lNotExist = o[4];
      f.lChange = o[5];
      f.lOtherWay = o[6];
      f.lAlready = o[7];
      for (int b = 0; b < 2; b++) {
        long cases = Numbers.small(rnd, volume * (b == 0 ? 0.03 : 0.015));
        long[] s = Numbers.split(rnd, cases, new double[] {0.7, 0.12, 0.18});
        System.arraycopy(s, 0, f.lCases[b], 0, 3);
      }
      f.lComplaints = Numbers.small(rnd, 2 * weight);
      f.lFeeCents = rnd.nextDouble() < 0.85 ? 0 : rnd.nextLong(1, 50_000);
      f.lNormIssued = Numbers.small(rnd, 3 * weight);
      f.lNormPublished = Math.min(f.lNormIssued, f.lNormIssued - Numbers.small(rnd, 0.3));
      f.lNormPublished = Math.max(0, f.lNormPublished);
      f.proactiveItems = Numbers.heavy(rnd, 0.02, 60 * weight, 500_000);
      return f;
    }
    long[] newBy = Numbers.split(rnd, volume, APPLICANTS);
    for (int c = 0; c < 6; c++) {
      long n = newBy[c];
      long carried = Numbers.small(rnd, n * 0.05);
      long forward = Math.min(n + carried, Numbers.small(rnd, (n + carried) * 0.05));
      long results = n + carried - forward;
      f.t3[NEW][c] = n;
      f.t3[CARRIED][c] = carried;
      f.t3[CARRIED_FORWARD][c] = forward;
      long[] o = Numbers.split(rnd, results, OUTCOMES);
      f.t3[GRANTED][c] = o[0];
      f.t3[PARTIAL][c] = o[1];
      put(f, DENIED0, Numbers.split(rnd, o[2], DENIED_W), c);
      put(f, UNABLE0, Numbers.split(rnd, o[3], UNABLE_W), c);
      put(f, NOTPROC0, Numbers.split(rnd, o[4], NOTPROC_W), c);
      put(f, OTHER0, Numbers.split(rnd, o[5], OTHER_W), c);
    }
    for (int b = 0; b < 3; b++) {
      long cases = Numbers.small(rnd, volume * (b == 0 ? 0.04 : b == 1 ? 0.015 : 0.01));
      long[] s = Numbers.split(rnd, cases, CASES);
      System.arraycopy(s, 0, f.t4[b], 0, 4);
    }
    f.regIssued = weight >= 3 ? Numbers.small(rnd, 0.5) : 0;
    f.regPublished = f.regIssued;
    f.regTotal = f.regIssued + (weight >= 3 ? Numbers.small(rnd, 10) : 0);
    f.regRepealed = weight >= 3 ? Numbers.small(rnd, 0.3) : 0;
    f.regInForce = f.regTotal;
    f.normIssued = Numbers.small(rnd, 2 * weight);
    f.normPublished = f.normIssued;
    f.normTotal = f.normIssued + Numbers.small(rnd, 15 * weight);
    f.normRepealed = Numbers.small(rnd, 0.5 * weight);
    f.normInForce = f.normTotal;
    for (int i = 0; i < 4; i++) {
      f.itemsPrev[i] = Numbers.small(rnd, 6 * weight);
      f.itemsChange[i] = rnd.nextDouble() < 0.7 ? 0 : rnd.nextLong(-2, 4);
      f.decisions[i] = Numbers.heavy(rnd, 0.3, 20 * weight, 5_000_000);
    }
    f.feeItemsPrev = Numbers.small(rnd, 1);
    f.feeItemsChange = 0;
    f.feeCents = rnd.nextDouble() < 0.7 ? 0 : rnd.nextLong(1, 100_000_00);
    f.procProjects = Numbers.small(rnd, 5 * weight);
    f.procCents = f.procProjects == 0 ? 0 : rnd.nextLong(1, 2_000_00 * f.procProjects + 2);
    f.proactiveItems = Numbers.heavy(rnd, 0.02, 60 * weight, 500_000);
    return f;
  }

  private static void put(Figures f, int row0, long[] parts, int c) {
    for (int i = 0; i < parts.length; i++) {
      f.t3[row0 + i][c] = parts[i];
    }
  }
}
