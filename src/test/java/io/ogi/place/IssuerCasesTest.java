package io.ogi.place;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ogi.model.ParsedReport;
import io.ogi.model.Place;
import io.ogi.parse.ReportParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The issuer test set (src/test/resources/issuers/cases.jsonl, written by
 * scripts/make_issuer_cases.py from the gazetteer sources, independently of the resolver): every
 * case through the real parser, scored on province, county and wrong provinces.
 */
class IssuerCasesTest {

  private static final String CASES = "/issuers/cases.jsonl";
  /** The held-out set (scripts/make_issuer_heldout.py), written after the resolver was tuned. */
  private static final String HELDOUT = "/issuers/heldout.jsonl";

  private static List<JsonNode> cases(String resource) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = IssuerCasesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(json.readTree(line));
        }
      }
    }
    return out;
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  @Test
  void issuerCasesMeetTheBars() throws IOException {
    List<JsonNode> cases = cases(CASES);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(600);
    score("cases", cases);
  }

  @Test
  void heldOutCasesMeetTheBars() throws IOException {
    List<JsonNode> cases = cases(HELDOUT);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    double dept = score("heldout", cases);
    assertThat(dept).as("department type accuracy over departments").isGreaterThanOrEqualTo(0.98);
  }

  /** Scores one set, prints the figures and every miss, enforces the bars; returns dept-type accuracy. */
  private static double score(String set, List<JsonNode> cases) {
    ReportParser parser = new ReportParser();
    int n = 0;
    int provinceRight = 0;
    int wrongProvince = 0;
    int withCounty = 0;
    int countyRight = 0;
    int prefectureRight = 0;
    int levelRight = 0;
    int issuerRight = 0;
    int depts = 0;
    int deptRight = 0;
    java.util.Map<String, int[]> byKind = new java.util.TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (JsonNode c : cases) {
      ParsedReport r = parser.parseText(str(c, "id") + ".txt", str(c, "text"));
      Place p = r.getPlace() == null ? Place.UNKNOWN : r.getPlace();
      n++;
      String wantProv = str(c, "province");
      String wantCounty = str(c, "county");
      boolean provOk = Objects.equals(wantProv, p.province());
      int[] k = byKind.computeIfAbsent(str(c, "kind"), x -> new int[3]);
      k[0]++;
      k[1] += provOk ? 1 : 0;
      k[2] += !provOk && p.province() != null ? 1 : 0;
      if (c.has("department_type") && "department".equals(str(c, "issuer"))) {
        depts++;
        if (Objects.equals(str(c, "department_type"), r.getDepartmentType())) {
          deptRight++;
        } else {
          misses.add(str(c, "id") + " department_type want=" + str(c, "department_type") + " got="
              + r.getDepartmentType() + " agency=" + r.getAgency());
        }
      }
      if (provOk) {
        provinceRight++;
      } else if (p.province() != null) {
        wrongProvince++;
      }
      if (wantCounty != null) {
        withCounty++;
        if (wantCounty.equals(p.county())) {
          countyRight++;
        }
      }
      boolean prefOk = Objects.equals(str(c, "prefecture"), p.prefecture());
      if (prefOk) {
        prefectureRight++;
      }
      if (Objects.equals(str(c, "level"), p.level())) {
        levelRight++;
      } else {
        misses.add(str(c, "id") + " level want=" + str(c, "level") + " got=" + p.level() + " agency="
            + r.getAgency());
      }
      if (Objects.equals(str(c, "issuer"), r.getIssuer())) {
        issuerRight++;
      }
      if (!provOk || !prefOk || (wantCounty != null && !wantCounty.equals(p.county()))) {
        misses.add(
            String.format(
                "%s want=%s/%s/%s got=%s/%s/%s agency=%s evidence=%s",
                str(c, "id"), wantProv, str(c, "prefecture"), wantCounty, p.province(),
                p.prefecture(), p.county(), r.getAgency(), p.evidence()));
      }
    }
    double province = (double) provinceRight / n;
    double county = withCounty == 0 ? 1.0 : (double) countyRight / withCounty;
    double wrong = (double) wrongProvince / n;
    System.out.printf(
        "issuer " + set + ": n=%d province=%.4f (%d) prefecture=%.4f county=%.4f (%d/%d) wrong_province=%.4f (%d)"
            + " level=%.4f issuer=%.4f%n",
        n, province, provinceRight, (double) prefectureRight / n, county, countyRight, withCounty,
        wrong, wrongProvince, (double) levelRight / n, (double) issuerRight / n);
    byKind.forEach((kind, k) -> System.out.printf(
        "  %s %-10s n=%d province=%d wrong_province=%d%n", set, kind, k[0], k[1], k[2]));
    double dept = depts == 0 ? 1.0 : (double) deptRight / depts;
    if (depts > 0) {
      System.out.printf("  %s department_type=%.4f (%d/%d)%n", set, dept, deptRight, depts);
    }
    misses.forEach(m -> System.out.println("  miss " + m));
    assertThat(province).as(set + " province accuracy").isGreaterThanOrEqualTo(0.99);
    assertThat(county).as("county accuracy over cases with a county").isGreaterThanOrEqualTo(0.97);
    assertThat(wrong).as("wrong-province rate").isLessThanOrEqualTo(0.005);
    return dept;
  }
}
