package io.ogi.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer g = Gazetteer.get();

  private static List<String> names(List<Division> ds) {
    return ds.stream().map(Division::name).toList();
  }

  @Test
  void loadedOnceAndShared() {
    assertThat(Gazetteer.get()).as("a single lazily loaded instance").isSameAs(g);
  }

  @Test
  void renamedPrefectureKeepsItsNameForItsYears() {
    assertThat(names(g.byName("襄樊市", 2009))).as("襄樊市 until 2010").containsExactly("襄樊市");
    assertThat(g.byName("襄樊市", 2015)).as("renamed 襄阳市 in 2010").isEmpty();
    assertThat(g.byCode("420600", 2009)).get().extracting(Division::name).isEqualTo("襄樊市");
    assertThat(g.byCode("420600", 2015)).get().extracting(Division::name).isEqualTo("襄阳市");
    assertThat(g.byName("白下区", 2012)).as("白下区 until its 2013 merger").hasSize(1);
    assertThat(g.byName("白下区", 2014)).as("merged into 秦淮区").isEmpty();
    assertThat(g.byName("白下区", 2012).get(0).successors()).containsExactly("320104");
  }

  @Test
  void repeatedCountyNames() {
    assertThat(g.byName("鼓楼区", 2020))
        .as("鼓楼区 in 南京, 徐州, 福州, 开封")
        .extracting(Division::provinceCode)
        .containsExactlyInAnyOrder("320000", "320000", "350000", "410000");
  }

  @Test
  void shortNames() {
    assertThat(names(g.byShortName("温州", 2019))).containsExactly("温州市");
    assertThat(names(g.byShortName("朝阳", 2019)))
        .as("朝阳 clashes: the caller decides")
        .contains("朝阳市", "朝阳区", "朝阳县");
    assertThat(names(g.byShortName("广西", 2019))).containsExactly("广西壮族自治区");
    assertThat(names(g.byShortName("青龙", 2019))).containsExactly("青龙满族自治县");
    assertThat(ShortNames.of("沙县")).as("one character is no name").isEqualTo("沙县");
    assertThat(ShortNames.of("香港特别行政区")).isEqualTo("香港");
    assertThat(ShortNames.of(null)).isNull();
  }

  @Test
  void childrenAndParents() {
    assertThat(names(g.children("130300", 2022))).as("秦皇岛市's districts").contains("北戴河区", "海港区");
    Division xiantao = g.byName("仙桃市", 2020).get(0);
    assertThat(g.parent(xiantao, 2020)).get().extracting(Division::name)
        .as("province-administered county-level city").isEqualTo("湖北省");
    assertThat(g.children("999999", 2020)).isEmpty();
  }

  @Test
  void areaCodesAndPostcodes() {
    assertThat(names(g.prefecturesForAreaCode("0577", 2019))).containsExactly("温州市");
    assertThat(names(g.prefecturesForAreaCode("024", 2010))).as("2010 table: only 沈阳").containsExactly("沈阳市");
    assertThat(names(g.prefecturesForAreaCode("024", 2020))).as("later shared").contains("沈阳市", "抚顺市", "铁岭市");
    assertThat(g.prefecturesForAreaCode("0000", 2020)).isEmpty();
    assertThat(names(g.prefecturesForPostcode("325009", 2019))).containsExactly("温州市");
    assertThat(g.provinceForPostcode("325009", 2019)).get().extracting(Division::name).isEqualTo("浙江省");
    assertThat(g.provinceForPostcode("ab", 2019)).isEmpty();
  }

  @Test
  void townshipsRepeat() {
    assertThat(g.townshipsByName("城关镇")).as("城关镇 ×88").hasSizeGreaterThan(50);
    assertThat(g.townshipsByName(null)).isEmpty();
  }

  @Test
  void functionalZonesFromTheStatisticsList() {
    assertThat(g.byName("北戴河新区", 2022)).as("130372, not in the ministry list").hasSize(1);
  }

  @Test
  void placeWordsAreTheNamesAndShortNames() throws java.io.IOException {
    List<String> words = new java.util.ArrayList<>(List.of("信息内容", "本年新制作数量", "其他", "总计", "商业企业", "北京 "));
    try (java.io.InputStream in = GazetteerTest.class.getResourceAsStream("/gazetteer/divisions.tsv")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          String name = line.split("\t")[1];
          words.add(name);
          words.add(ShortNames.of(name));
          words.add(name.substring(0, Math.min(2, name.length())));
          words.add(name.substring(name.length() - Math.min(2, name.length())));
        }
      }
    }
    int places = 0;
    for (String w : words) {
      if (w.length() < 2) {
        continue;
      }
      boolean expected = !g.byName(w, null).isEmpty() || !g.byShortName(w, null).isEmpty();
      char[] cs = ("〓" + w + "〓").toCharArray();
      assertThat(g.isPlaceWord(cs, 1, cs.length - 1)).as(w).isEqualTo(expected);
      places += expected ? 1 : 0;
    }
    assertThat(places).as("names and short names among the words").isGreaterThan(5000);
  }
}
