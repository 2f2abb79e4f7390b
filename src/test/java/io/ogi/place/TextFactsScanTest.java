package io.ogi.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.parse.Scan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scans of {@link TextFacts} rewritten for speed against their earlier forms, kept here: the
 * name scan (names found from where they end, {@link Gazetteer#textNamesAt}) against {@link
 * #reference}, a lookup of the longest name at every position, left to right; the telephone scan
 * against {@link #referencePhones}, {@code Scan.Anchored}'s search; the lists of places cut out
 * ({@link TextFacts#withoutPlaceLists}) against {@link #referenceWithoutLists}, the regex the list
 * search stands for. On the report fixtures and on
 * texts made of the gazetteer's names, pieces of names, telephone numbers and the words the scan
 * treats apart (ELSEWHERE words, sentence ends, '〓', blank-separated lists of places).
 */
class TextFactsScanTest {

  private final Gazetteer g = Gazetteer.get();

  /** The names, bare mentions and followers of the earlier scan over {@code names}. */
  private record Found(Map<String, Integer> mentions, Set<String> bare, Map<String, Set<String>> followers) {}

  private Found reference(String names) {
    Map<String, Integer> mentions = new LinkedHashMap<>();
    Set<String> bare = new LinkedHashSet<>();
    Map<String, Set<String>> followers = new HashMap<>();
    int i = 0;
    while (i < names.length()) {
      int len = names.charAt(i) == TextFacts.SPAM ? 0 : g.longestTextNameAt(names, i);
      if (len > 0) {
        boolean spam = (i > 0 && names.charAt(i - 1) == TextFacts.SPAM)
            || (i + len < names.length() && names.charAt(i + len) == TextFacts.SPAM);
        if (!spam) {
          String name = names.substring(i, i + len);
          mentions.merge(name, 1, Integer::sum);
          int next = i + len < names.length() ? g.longestNameAt(names, i + len) : 0;
          if (next >= 2) {
            followers.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(names.substring(i + len, i + len + next));
          } else {
            bare.add(name);
          }
        }
        i += len;
      } else {
        i++;
      }
    }
    return new Found(mentions, bare, followers);
  }

  /** The area codes found by the earlier telephone scan, in order. */
  private List<String> referencePhones(TextFacts f) {
    Pattern phone = Pattern.compile(
        "(?<![0-9])[(（]?(0[1-9][0-9]{1,2})[)）]?\\s?[-－—–]?\\s?([2-9][0-9]{6,7})(?![0-9])");
    String text = f.text;
    Scan.Anchored a = new Scan.Anchored(phone, text, "0", 1, "(（0", s -> {
      if (s > 0 && isDigit(text.charAt(s - 1))) {
        return false;
      }
      int z = text.charAt(s) == '(' || text.charAt(s) == '（' ? s + 1 : s;
      return z + 2 < text.length() && text.charAt(z) == '0' && text.charAt(z + 1) != '0'
          && isDigit(text.charAt(z + 1)) && isDigit(text.charAt(z + 2));
    });
    Matcher m = a.matcher();
    Map<String, List<Division>> phones = new LinkedHashMap<>();
    while (a.find()) {
      String code = m.group(1);
      if (code.length() == 4 && (code.startsWith("01") || code.startsWith("02"))) {
        continue;
      }
      boolean spam = (m.start() > 0 && f.names.charAt(m.start() - 1) == TextFacts.SPAM)
          || (m.end() < f.names.length() && f.names.charAt(m.end()) == TextFacts.SPAM);
      if (g.isAreaCode(code) && !spam) {
        List<Division> p = g.prefecturesForAreaCode(code, f.year);
        if (!p.isEmpty()) {
          phones.putIfAbsent(code, p);
        }
      }
    }
    return new ArrayList<>(phones.keySet());
  }

  private static final Pattern LIST =
      Pattern.compile("\\p{IsHan}{2,8}(?:[ \t\u3000|/]+\\p{IsHan}{2,8}){3,}");

  /** The text without its lists of four or more places, by the regex and the gazetteer's maps. */
  private String referenceWithoutLists(String text) {
    Matcher m = LIST.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String[] words = m.group().split("[ \t\u3000|/]+");
      int places = 0;
      for (String w : words) {
        if (!g.byShortName(w, null).isEmpty() || !g.byName(w, null).isEmpty()) {
          places++;
        }
      }
      if (places >= 4 && places * 4 >= words.length * 3) {
        out.append(text, last, m.start()).append(TextFacts.SPAM);
        last = m.end();
      }
    }
    return out.append(text, last, text.length()).toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void assertSameAsReference(String text) {
    assertThat(TextFacts.withoutPlaceLists(text, g, null)).as("without its lists, %s", text)
        .isEqualTo(referenceWithoutLists(text));
    TextFacts f = TextFacts.scan(text, 2020, g);
    assertThat(new ArrayList<>(f.phones.keySet())).as("area codes in order, %s", text)
        .isEqualTo(referencePhones(f));
    Found r = reference(f.names);
    assertThat(new ArrayList<>(f.mentions.entrySet())).as("mentions in order, %s", text)
        .isEqualTo(new ArrayList<>(r.mentions.entrySet()));
    assertThat(new ArrayList<>(f.bareMentions)).as("bare mentions in order, %s", text)
        .isEqualTo(new ArrayList<>(r.bare));
    assertThat(f.followers).as("followers, %s", text).isEqualTo(r.followers);
    List<Integer> every = new ArrayList<>();
    for (int i = 0; i < f.names.length(); i++) {
      int len = g.longestTextNameAt(f.names, i);
      if (len > 0) {
        every.add(i);
        every.add(len);
      }
    }
    List<Integer> found = new ArrayList<>();
    for (int s : g.textNamesAt(f.names.toCharArray())) {
      found.add(s);
    }
    assertThat(found).as("where names start and their longest, %s", text).isEqualTo(every);
  }

  @Test
  void reportFixtures() throws IOException {
    // decoded as the parser decodes them (some are GBK)
    io.ogi.parse.DocumentDecoder decoder = new io.ogi.parse.DocumentDecoder();
    int n = 0;
    for (String dir : List.of("/seeds", "/devset")) {
      Path root = Paths.get(resource(dir));
      try (Stream<Path> s = Files.list(root)) {
        for (Path p : s.sorted().toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".txt") || name.endsWith(".html")) {
            String text = decoder.decode(name, Files.readAllBytes(p)).text();
            if (text != null) {
              assertSameAsReference(text);
              n++;
            }
          }
        }
      }
    }
    assertThat(n).as("fixtures read").isGreaterThan(50);
  }

  @Test
  void smallCases() {
    for (String t : List.of("", "区", "市辖区", "湖北省十堰市", "〓鹿城区绣山路", "鹿城区〓", "浙江省温州市鹿城区人民政府",
        "赴杭州市学习考察。温州市", "北京 上海 广州 深圳 天津 重庆", "内蒙古自治区呼伦贝尔市鄂温克族自治旗", "城区郊区矿区和县")) {
      assertSameAsReference(t);
    }
  }

  @Test
  void textsOfNamesAndPieces() throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = TextFactsScanTest.class.getResourceAsStream("/gazetteer/divisions.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          names.add(line.split("\t")[1]);
        }
      }
    }
    String[] filler = {"的", "工作", "人民政府", "办公室", "会议", "社会", "委员会", "区域", "城市", "岛", "县级", "市场",
        "赴", "考察", "会同", "签订", "兄弟", "。", "；", "\n", "，", " ", "|", "/", "\u3000", "〓", "2023年", "0577-88963796",
        "《", "》", "𠀋", "a", "电话：0577-88963796", "（0577）88963796", "(010)12345678", "025 8888 8888", "0730－5242830",
        "00577-88963796", "0577-889637961", "0", "1", "2020", "(", "（", "）", "-", "05", "057", "0571", "-8", "8896379"};
    String[] shortNames = {"北京", "上海", "广州", "深圳", "温州", "杭州", "宁波", "台州", "丽水"};
    Random rnd = new Random(15);
    for (int t = 0; t < 3000; t++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + rnd.nextInt(40);
      for (int p = 0; p < pieces; p++) {
        String name = names.get(rnd.nextInt(names.size()));
        switch (rnd.nextInt(8)) {
          case 0, 1, 2 -> sb.append(name);
          case 3 -> sb.append(name, 1, name.length()); // its end without its start
          case 4 -> sb.append(name, 0, name.length() - 1); // its start without its end
          case 5 -> sb.append(name.charAt(name.length() - 1));
          case 6 -> {
            for (int k = 0; k < 4 + rnd.nextInt(3); k++) { // a blank-separated list of places
              sb.append(shortNames[rnd.nextInt(shortNames.length)]).append(' ');
            }
          }
          default -> sb.append(filler[rnd.nextInt(filler.length)]);
        }
      }
      assertSameAsReference(sb.toString());
    }
  }

  private static String resource(String dir) {
    try {
      return TextFactsScanTest.class.getResource(dir).toURI().getPath();
    } catch (java.net.URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
