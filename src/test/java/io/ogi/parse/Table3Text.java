package io.ogi.parse;

/** Test helper: a minimal 2019-template report whose table 三 is written as tab-separated rows. */
public final class Table3Text {

  private Table3Text() {}

  /** The report text, with the given cells for each row of table 三. */
  public static String of(String[][] rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("某某县人民政府办公室2020年政府信息公开工作年度报告\n");
    sb.append("三、收到和处理政府信息公开申请情况\n");
    sb.append("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n");
    for (String[] row : rows) {
      sb.append(String.join("\t", row)).append('\n');
    }
    sb.append("四、政府信息公开行政复议、行政诉讼情况\n");
    return sb.toString();
  }
}
