using System.Globalization;
using System.Net;
using System.Text;

namespace Platform.Disclosure.AnnualReport;

/// <summary>
/// The report as the national template lays it out (国办公开办函〔2021〕30号): six numbered parts, the 第二十条 tables,
/// the request table with its merged headings (<see cref="Section3Html"/>), the 15-column review and litigation table.
/// Self-contained, printable on A4; every figure cell carries data-row/data-col so a reader (or a test) can find it.
/// </summary>
public static class AnnualReportHtml
{
    const string Style =
        "@page{size:A4;margin:18mm 16mm}body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC','SimSun',serif;"
        + "max-width:190mm;margin:0 auto;padding:8mm 0;color:#000;line-height:1.7}h1{font-size:20pt;text-align:center}"
        + "h2{font-size:14pt;margin-top:1.4em}"
        + "table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:10pt;page-break-inside:avoid}"
        + "td,th{border:1px solid #000;padding:3px 4px;text-align:center;vertical-align:middle;font-weight:normal}"
        + "td.label{text-align:left}.alarm{border:2px solid #c00;color:#c00;padding:6px;margin:1em 0}"
        + "p{text-indent:2em;margin:.3em 0}";

    static readonly string[] Outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public static string Render(AnnualReportView report)
    {
        var html = new StringBuilder();
        var title = $"{report.Organ}{report.Year}年政府信息公开工作年度报告";
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(title))
            .Append("</title><style>")
            .Append(Style)
            .Append("</style></head><body>");
        html.Append("<h1>").Append(E(title)).Append("</h1>");
        if (!report.Section3.Balanced)
        {
            html.Append("<div class=\"alarm\" role=\"alert\">")
                .Append("第三部分表格勾稽关系不平衡（第一项加第二项之和不等于第三项加第四项之和），请联系系统管理员核查。</div>");
        }
        Part(html, "一、总体情况", report.Narrative.Overview);
        html.Append("<h2>二、主动公开政府信息情况</h2>");
        Section2(html, report.Section2);
        html.Append("<h2>三、收到和处理政府信息公开申请情况</h2>");
        Section3Html.Append(html, report.Section3);
        html.Append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>");
        Section4(html, report.Section4);
        Part(html, "五、存在的主要问题及改进情况", report.Narrative.Problems);
        Part(html, "六、其他需要报告的事项", report.Narrative.OtherMatters);
        return html.Append("</body></html>").ToString();
    }

    internal static string Cell(string row, string column, int value, int span = 1)
    {
        var colspan = span > 1 ? $" colspan=\"{span}\"" : "";
        var text = value.ToString(CultureInfo.InvariantCulture);
        return $"<td{colspan} data-row=\"{row}\" data-col=\"{column}\">{text}</td>";
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    static void Part(StringBuilder html, string heading, string? text)
    {
        html.Append("<h2>").Append(heading).Append("</h2>");
        var paragraphs = (text ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length == 0)
        {
            html.Append("<p>无。</p>");
        }
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>");
        }
    }

    static void Section2(StringBuilder html, Section2 s)
    {
        html.Append("<table data-section=\"2\">");
        html.Append("<tr><th colspan=\"4\">第二十条第（一）项</th></tr>")
            .Append("<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>");
        var documents = new[] { ("规章", "rules", s.Rules), ("行政规范性文件", "normative", s.NormativeDocuments) };
        foreach (var (name, key, counts) in documents)
        {
            html.Append("<tr><td class=\"label\">").Append(name).Append("</td>")
                .Append(Cell(key, "issued", counts.Issued))
                .Append(Cell(key, "abolished", counts.Abolished))
                .Append(Cell(key, "in-force", counts.InForce))
                .Append("</tr>");
        }
        html.Append("<tr><th colspan=\"4\">第二十条第（五）项</th></tr>")
            .Append("<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>")
            .Append("<tr><td class=\"label\">行政许可</td>")
            .Append(Cell("licensing", "decisions", s.Licensing, 3))
            .Append("</tr>");
        html.Append("<tr><th colspan=\"4\">第二十条第（六）项</th></tr>")
            .Append("<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>")
            .Append("<tr><td class=\"label\">行政处罚</td>")
            .Append(Cell("penalty", "decisions", s.Penalty, 3))
            .Append("</tr>")
            .Append("<tr><td class=\"label\">行政强制</td>")
            .Append(Cell("enforcement", "decisions", s.Enforcement, 3))
            .Append("</tr>");
        html.Append("<tr><th colspan=\"4\">第二十条第（八）项</th></tr>")
            .Append("<tr><th>信息内容</th><th colspan=\"3\">本年收费金额（单位：万元）</th></tr>")
            .Append("<tr><td class=\"label\">行政事业性收费</td><td colspan=\"3\" data-row=\"fees\" data-col=\"wan-yuan\">")
            .Append(s.FeesWanYuan.ToString("0.######", CultureInfo.InvariantCulture))
            .Append("</td></tr>");
        html.Append("</table>");
    }

    static void Section4(StringBuilder html, Section4 s)
    {
        html.Append("<table data-section=\"4\"><tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr><tr>");
        foreach (var name in Outcomes)
        {
            html.Append("<th rowspan=\"2\">").Append(name).Append("</th>");
        }
        html.Append("<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr><tr>");
        for (var i = 0; i < 2; i++)
        {
            foreach (var name in Outcomes)
            {
                html.Append("<th>").Append(name).Append("</th>");
            }
        }
        html.Append("</tr><tr>");
        for (var c = 0; c < s.Columns.Count; c++)
        {
            html.Append(Cell("section4", s.Columns[c], s.Values[c]));
        }
        html.Append("</tr></table>");
    }
}
