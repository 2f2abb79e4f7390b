package io.ogi.gen;

import java.util.SplittableRandom;

/**
 * The site around a generated report page, at the weight real government sites serve it: a head
 * with style sheets and inline style and script blocks, a header whose menu opens into sub-menus,
 * a breadcrumb, an information bar, and after the article a share bar, related articles, link
 * lists and a footer with filing numbers and a statistics script.
 *
 * <p>The sizes vary by page, drawn from their own random stream (the caller's {@code pages}), so
 * that a corpus of one seed holds the same documents and values whatever its pages weigh. A page
 * carries about 16 KB of chrome on average; with the reports' own markup (see {@link
 * CorpusGenerator.Options#officeShare}) generated pages average about 31 KB, near the 36 KB pages
 * the issue's {@code Jsoup.parse} rate was measured on. Everything here is chrome a parser must
 * leave out: no numbers that read like a report's, no other agency's name in a heading.
 */
final class SiteChrome {

  private static final String[] MENU = {
    "首页", "政务公开", "政务服务", "互动交流", "走进本地", "新闻中心", "专题专栏", "数据开放", "投资指南", "办事指南",
  };

  private static final String[] SUBMENU = {
    "政策文件", "政策解读", "机构职能", "领导信息", "规划计划", "财政资金", "人事信息", "重点领域", "建议提案办理", "统计信息",
    "应急管理", "公示公告", "在线访谈", "征集调查", "领导信箱", "网上咨询", "办事指南", "便民服务", "部门动态", "基层动态",
  };

  private static final String[] RELATED = {
    "关于印发政务公开工作要点的通知", "关于做好政府信息公开申请办理工作的通知", "政府信息公开指南", "政府信息公开制度",
    "关于进一步加强政府网站管理的通知", "关于开展政务公开专项检查的通知", "政务公开工作培训会召开", "政府信息主动公开目录",
    "关于规范政府信息公开平台建设的通知", "法定主动公开内容", "依申请公开办理流程图", "政府信息公开工作机构",
  };

  private static final String[] LINKS = {
    "中国政府网", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "民政部", "司法部", "财政部",
    "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部", "交通运输部", "水利部", "农业农村部",
    "商务部", "文化和旅游部", "国家卫生健康委员会", "应急管理部", "审计署", "国家市场监督管理总局", "国家统计局",
  };

  private SiteChrome() {}

  /** From the doctype to the opening of the article's content element. */
  static void head(StringBuilder sb, Doc d, String title, String site, String charset, SplittableRandom pages) {
    sb.append("<!doctype html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
        .append(charset).append("\">\n<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n<title>").append(title)
        .append('_').append(site).append("</title>\n")
        .append("<meta name=\"SiteName\" content=\"").append(site).append("\">\n")
        .append("<meta name=\"ColumnName\" content=\"政府信息公开年报\">\n")
        .append("<meta name=\"ArticleTitle\" content=\"").append(title).append("\">\n")
        .append("<meta name=\"keywords\" content=\"政府信息公开,年度报告,政务公开\">\n");
    int sheets = 2 + pages.nextInt(4);
    for (int i = 0; i < sheets; i++) {
      sb.append("<link rel=\"stylesheet\" type=\"text/css\" href=\"/static/css/style").append(i).append(".css\">\n");
    }
    sb.append("<style type=\"text/css\">\n");
    int rules = 20 + pages.nextInt(60);
    for (int i = 0; i < rules; i++) {
      sb.append(".m").append(i).append(" { margin: 0 auto; padding: ").append(i % 12).append("px ")
          .append(i % 7).append("px; font-size: ").append(12 + i % 5).append("px; color: #")
          .append(Integer.toHexString(0x222222 + i * 0x010101)).append("; }\n");
    }
    sb.append("</style>\n<script type=\"text/javascript\" src=\"/static/js/jquery-1.12.4.min.js\"></script>\n")
        .append("<script type=\"text/javascript\">\nvar siteConfig = { columnId: ").append(1000 + pages.nextInt(9000))
        .append(", siteCode: '").append(Long.toHexString(pages.nextLong() >>> 16)).append("' };\n");
    int functions = 10 + pages.nextInt(40);
    for (int i = 0; i < functions; i++) {
      sb.append("function menu").append(i).append("(el) { var s = el.getElementsByTagName('ul'); ")
          .append("if (s.length > 0) { s[0].style.display = (s[0].style.display == 'block') ? 'none' : 'block'; } }\n");
    }
    sb.append("</script>\n</head>\n<body>\n")
        .append("<div class=\"top-bar\"><span>").append(d.year + 1).append("年</span> <a href=\"/wza/\">无障碍</a> ")
        .append("<a href=\"/yhzx/\">用户中心</a> <a href=\"/eng/\">English</a></div>\n")
        .append("<div class=\"header\"><div class=\"logo\"><img src=\"/static/img/logo.png\" alt=\"").append(site)
        .append("\">").append(site).append("</div>\n<ul class=\"nav\">\n");
    int menus = 5 + pages.nextInt(MENU.length - 4);
    for (int i = 0; i < menus; i++) {
      sb.append("<li class=\"nav-item\" onmouseover=\"menu").append(i).append("(this)\"><a href=\"/col/col")
          .append(100 + i).append("/index.html\">").append(MENU[i]).append("</a><ul class=\"sub\">");
      int subs = 3 + pages.nextInt(6);
      for (int k = 0; k < subs; k++) {
        String s = SUBMENU[(i * 7 + k) % SUBMENU.length];
        sb.append("<li><a href=\"/col/col").append(1000 + i * 10 + k).append("/index.html\" title=\"").append(s)
            .append("\">").append(s).append("</a></li>");
      }
      sb.append("</ul></li>\n");
    }
    sb.append("</ul>\n<div class=\"search\"><form action=\"/search/\" method=\"get\"><input type=\"text\" name=\"q\" ")
        .append("placeholder=\"请输入关键词\"><button type=\"submit\">搜索</button></form></div></div>\n")
        .append("<div class=\"crumb\">您当前的位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; ")
        .append("<span>政府信息公开年报</span></div>\n<div class=\"article\">\n<h1>").append(title).append("</h1>\n")
        .append("<div class=\"info\"><span>发布时间：").append(d.year + 1).append("-01-2").append(d.index % 9 + 1)
        .append("</span><span>来源：").append(site).append("</span>")
        .append("<span>字号：<a>大</a><a>中</a><a>小</a></span><span><a href=\"javascript:window.print()\">打印</a></span>")
        .append("</div>\n<div class=\"content\">\n");
  }

  /** From the end of the article's content to the end of the page. */
  static void foot(StringBuilder sb, Doc d, String site, SplittableRandom pages) {
    sb.append("</div>\n<div class=\"share\">分享到：<a class=\"wx\">微信</a><a class=\"wb\">微博</a>")
        .append("<a class=\"qz\">QQ空间</a></div>\n</div>\n<div class=\"related\"><h3>相关文章</h3><ul>\n");
    int related = 4 + pages.nextInt(12);
    int start = pages.nextInt(RELATED.length);
    for (int i = 0; i < related; i++) {
      sb.append("<li><a href=\"/art/").append(d.year + 1).append('/').append(10_000 + pages.nextInt(90_000))
          .append(".html\" target=\"_blank\">").append(RELATED[(start + i) % RELATED.length]).append("</a><span>")
          .append(d.year + 1).append("-0").append(1 + pages.nextInt(9))
          .append('-').append(10 + pages.nextInt(18)).append("</span></li>\n");
    }
    sb.append("</ul></div>\n<div class=\"links\"><h3>友情链接</h3><ul>\n");
    int links = 8 + pages.nextInt(LINKS.length - 7);
    for (int i = 0; i < links; i++) {
      sb.append("<li><a href=\"https://www.gov.cn/link").append(i).append("/\" target=\"_blank\">").append(LINKS[i])
          .append("</a></li>\n");
    }
    sb.append("</ul></div>\n<div class=\"footer\"><p><a href=\"/wzdt/\">网站地图</a> | <a href=\"/lxwm/\">联系我们</a> | ")
        .append("<a href=\"/syxz/\">使用帮助</a></p><p>主办：").append(site).append("办公室</p><p>网站标识码：")
        .append(1000000000L + d.index).append(" ICP备案号：备").append(10_000_000 + pages.nextInt(90_000_000))
        .append("号</p><p><span>扫一扫在手机打开当前页</span> <a href=\"#\">政府网站找错</a></p></div>\n")
        .append("<script type=\"text/javascript\">\nvar _hmt = _hmt || [];\n(function() { var hm = document.createElement('script');")
        .append(" hm.src = 'https://hm.example.cn/hm.js?").append(Long.toHexString(pages.nextLong()))
        .append("'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(hm, s); })();\n")
        .append("</script>\n</body>\n</html>\n");
  }
}
