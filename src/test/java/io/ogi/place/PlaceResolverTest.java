package io.ogi.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.Place;
import org.junit.jupiter.api.Test;

/** Repeated names, renamed divisions, departments, townships, central organs and spam. */
class PlaceResolverTest {

  private final PlaceResolver resolver = new PlaceResolver();

  private Place resolve(String agency, String text, Integer year) {
    return resolver.resolve(new PlaceEvidence(agency, text, year));
  }

  @Test
  void gulouDistrictDecidedByParentOrPhone() {
    Place fuzhou = resolve("鼓楼区人民政府", "福州市鼓楼区人民政府2020年政府信息公开工作年度报告。", 2020);
    assertThat(fuzhou.province()).as("parent 福州市 named in the text").isEqualTo("福建省");
    assertThat(fuzhou.prefecture()).isEqualTo("福州市");
    assertThat(fuzhou.county()).isEqualTo("鼓楼区");

    Place byPhone = resolve("鼓楼区人民政府", "咨询电话:0591-87654321。", 2020);
    assertThat(byPhone.province()).as("0591 is 福州").isEqualTo("福建省");
    assertThat(byPhone.evidence()).contains("phone:0591→福州市");

    Place nanjing = resolve("鼓楼区人民政府", "本区深入贯彻南京发展大局，全区政务公开工作稳步推进。", 2020);
    assertThat(nanjing.province()).as("南京 named in short form").isEqualTo("江苏省");
    assertThat(nanjing.prefecture()).isEqualTo("南京市");

    Place none = resolve("鼓楼区人民政府", "全区政务公开工作稳步推进。", 2020);
    assertThat(none.province()).as("four 鼓楼区 and no evidence: unknown, not a guess").isNull();
    assertThat(none.prefecture()).isNull();
    assertThat(none.county()).isNull();
    assertThat(none.level()).as("still a county government").isEqualTo("county");
  }

  @Test
  void chaoyangDistrictNeedsEvidence() {
    assertThat(resolve("朝阳区人民政府", "", 2020).province()).as("北京 or 长春").isNull();
    assertThat(resolve("朝阳区人民政府", "联系电话:010-65090000", 2020).province()).isEqualTo("北京市");
    assertThat(resolve("朝阳区人民政府", "根据《吉林省政府信息公开规定》", 2020).prefecture())
        .isEqualTo("长春市");
  }

  @Test
  void renamedPrefectureUsesTheNameOfTheYear() {
    Place y2009 = resolve("襄樊市人民政府", "", 2009);
    assertThat(y2009.prefecture()).as("襄樊市 until 2010").isEqualTo("襄樊市");
    assertThat(y2009.divisionCode()).isEqualTo("420600");
    Place y2015 = resolve("襄阳市人民政府", "", 2015);
    assertThat(y2015.prefecture()).as("renamed 襄阳市 in 2010").isEqualTo("襄阳市");
    Place county2009 = resolve("枣阳市人民政府", "", 2009);
    assertThat(county2009.prefecture()).as("a county's parent by the year's name").isEqualTo("襄樊市");
    Place baixia = resolve("白下区人民政府", "", 2012);
    assertThat(baixia.prefecture()).as("白下区 before its 2013 merger").isEqualTo("南京市");
  }

  @Test
  void departmentOfAPrefecture() {
    Place p = resolve("徐州市教育局", "徐州市教育局2019年政府信息公开工作年度报告", 2019);
    assertThat(p)
        .as("a prefecture's department is at prefecture level")
        .extracting(Place::province, Place::prefecture, Place::county, Place::level)
        .containsExactly("江苏省", "徐州市", null, "prefecture");
    Place provincial = resolve("浙江省财政厅", "", 2019);
    assertThat(provincial.level()).isEqualTo("province");
    assertThat(provincial.province()).isEqualTo("浙江省");
    assertThat(provincial.prefecture()).isNull();
  }

  @Test
  void townshipWithItsCountyInTheText() {
    Place p =
        resolve(
            "城关镇人民政府",
            "城关镇人民政府2020年政府信息公开工作年度报告。在宝丰县委县政府的领导下……",
            2020);
    assertThat(p.level()).as("a 镇人民政府 is a township").isEqualTo("township");
    assertThat(p.county()).as("the county named in the text picks one of 88 城关镇").isEqualTo("宝丰县");
    assertThat(p.prefecture()).isEqualTo("平顶山市");
    assertThat(p.province()).isEqualTo("河南省");

    Place street = resolve("东城街道办事处", "", 2020);
    assertThat(street.level()).isEqualTo("township");
    assertThat(street.province()).as("东城街道 ×39, nothing decides").isNull();
  }

  @Test
  void centralMinistry() {
    Place p = resolve("中华人民共和国教育部", "北京市西城区西单大木仓胡同37号 邮编:100816", 2019);
    assertThat(p.level()).isEqualTo("central");
    assertThat(p.province()).as("a ministry sits in Beijing but is not Beijing's").isNull();
    assertThat(resolve("国务院办公厅", "", 2019).level()).isEqualTo("central");
    assertThat(resolve("审计署", "", 2019).level()).isEqualTo("central");
  }

  @Test
  void placeNamesNextToSpamNeverDecide() {
    Place p = resolve("〓人民政府", "〓福州市〓 〓鼓楼区〓 全市政务公开工作。〓0591-87654321〓", 2020);
    assertThat(p.province()).as("names cut out of spam are not evidence").isNull();
    assertThat(p.prefecture()).isNull();

    Place agency = resolve("〓鼓楼区人民政府", "", 2020);
    assertThat(agency.county()).as("an agency with spam has lost its place").isNull();
    assertThat(agency.level()).as("nor its level: only the text could tell").isNull();
  }

  @Test
  void oddInput() {
    assertThat(resolver.resolve(null)).isEqualTo(Place.UNKNOWN);
    assertThat(resolve(null, null, null)).isEqualTo(Place.UNKNOWN);
    Place noYear = resolve("牡丹江市人民政府", null, null);
    assertThat(noYear.prefecture()).as("no year: any year's names").isEqualTo("牡丹江市");
  }
}
