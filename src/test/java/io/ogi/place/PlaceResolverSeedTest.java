package io.ogi.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.Place;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The expected places of the seed reports (seeds/gold.jsonl) and the real PDFs' agencies. */
class PlaceResolverSeedTest {

  private static final String SPAM = "365网站手机打不开_365体育怎么打不开网址_365数字含义";
  // the agency as the parser finds it in a title "…2019年政府信息公开工作年度报告"
  private static final Pattern TITLE_AGENCY =
      Pattern.compile("(\\p{IsHan}+?(?:人民政府办公室|人民政府))\\s*\\d{4}\\s*年(?:度)?政府信息公开");

  private final PlaceResolver resolver = new PlaceResolver();

  static String seed(String name) {
    try (InputStream in = PlaceResolverSeedTest.class.getResourceAsStream("/seeds/" + name)) {
      assertThat(in).as("seed %s on the test classpath", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String titleAgency(String text) {
    Matcher m = TITLE_AGENCY.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void mudanjiangCityGovernmentOfficeIsAPrefecture() {
    String text = seed("000_a78cc7a962d3243c.txt");
    String agency = titleAgency(text);
    assertThat(agency).as("title names the agency").isEqualTo("牡丹江市人民政府办公室");
    Place p = resolver.resolve(new PlaceEvidence(agency, text, 2019));
    assertThat(p.province()).as("牡丹江市 is in Heilongjiang").isEqualTo("黑龙江省");
    assertThat(p.prefecture()).isEqualTo("牡丹江市");
    assertThat(p.county()).as("a city government has no county").isNull();
    assertThat(p.level()).isEqualTo("prefecture");
    assertThat(p.divisionCode()).isEqualTo("231000");
  }

  @Test
  void beidaiheDistrictFromTheSignature() {
    String text = seed("001_274977fa68b70c55.txt");
    Place p = resolver.resolve(new PlaceEvidence("北戴河区人民政府办公室", text, 2022));
    assertThat(p.province()).isEqualTo("河北省");
    assertThat(p.prefecture()).as("北戴河区 is a district of 秦皇岛市").isEqualTo("秦皇岛市");
    assertThat(p.county()).isEqualTo("北戴河区");
    assertThat(p.level()).isEqualTo("county");
    assertThat(p.divisionCode()).isEqualTo("130304");
  }

  @Test
  void shangjieDistrictOfZhengzhou() {
    String text = seed("002_0d16514126ac40ad.txt");
    String agency = titleAgency(text);
    assertThat(agency).isEqualTo("上街区人民政府");
    Place p = resolver.resolve(new PlaceEvidence(agency, text, 2019));
    assertThat(p)
        .as("上街区 → 河南省/郑州市")
        .extracting(Place::province, Place::prefecture, Place::county, Place::level)
        .containsExactly("河南省", "郑州市", "上街区", "county");
  }

  @Test
  void miluoCountyLevelCityOfYueyang() {
    String text = seed("003_9dd17c9c0fc5bf6f.txt");
    Place p = resolver.resolve(new PlaceEvidence("汨罗市人民政府", text, 2017));
    assertThat(p)
        .as("汨罗市 is a county-level city: level county")
        .extracting(Place::province, Place::prefecture, Place::county, Place::level)
        .containsExactly("湖南省", "岳阳市", "汨罗市", "county");
  }

  @Test
  void hijackedWenzhouPageResolvesFromTheText() {
    String text = seed("004_36e6be138d2a2c92.txt").replace(SPAM, "〓");
    Place p = resolver.resolve(new PlaceEvidence("〓人民政府", text, 2019));
    assertThat(p.province()).as("中国·温州, 0577, 325009, 《…浙江省…》").isEqualTo("浙江省");
    assertThat(p.prefecture()).isEqualTo("温州市");
    assertThat(p.county()).as("鹿城区 is only the office's street address").isNull();
    assertThat(p.level()).as("全市 and 各县(市、区): a city government").isEqualTo("prefecture");
    assertThat(p.evidence()).as("why").anyMatch(e -> e.startsWith("phone:0577"));
    assertThat(p.evidence()).anyMatch(e -> e.startsWith("postcode:325"));
  }

  @Test
  void realPdfAgencies() {
    Place hongze = resolver.resolve(new PlaceEvidence("洪泽区人民政府", null, 2023));
    assertThat(hongze)
        .as("洪泽区 (a district since 2016)")
        .extracting(Place::province, Place::prefecture, Place::county, Place::level)
        .containsExactly("江苏省", "淮安市", "洪泽区", "county");
    Place hongze24 = resolver.resolve(new PlaceEvidence("淮安市洪泽区人民政府", null, 2024));
    assertThat(hongze24.county()).as("parent and county in the agency").isEqualTo("洪泽区");
    Place huaian = resolver.resolve(new PlaceEvidence("淮安市人民政府", "全市", 2024));
    assertThat(huaian)
        .extracting(Place::province, Place::prefecture, Place::county, Place::level)
        .containsExactly("江苏省", "淮安市", null, "prefecture");
  }
}
