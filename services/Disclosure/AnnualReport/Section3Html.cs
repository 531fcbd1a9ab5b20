using System.Text;
using Platform.Disclosure.Requests;

namespace Platform.Disclosure.AnnualReport;

/// <summary>
/// Section 3 of the printed report: the request table with the template's merged headings — the six applicant columns
/// under 申请人情况, and the outcome rows grouped under 三、本年度办理结果.
/// </summary>
static class Section3Html
{
    static readonly string[] GroupNumbers = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"];

    public static void Append(StringBuilder html, Section3 s)
    {
        html.Append("<table data-section=\"3\" data-balanced=\"").Append(s.Balanced ? "true" : "false").Append("\">");
        html.Append("<tr><th colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>")
            .Append("<th colspan=\"7\">申请人情况</th></tr>")
            .Append("<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr><tr>");
        foreach (var category in RequestCodes.Categories.Skip(1))
        {
            html.Append("<th>").Append(RequestCodes.CategoryNames[category]).Append("</th>");
        }
        html.Append("</tr>");
        Row(html, s, "1", "<td class=\"label\" colspan=\"3\">一、本年新收政府信息公开申请数量</td>");
        Row(html, s, "2", "<td class=\"label\" colspan=\"3\">二、上年结转政府信息公开申请数量</td>");
        var groups = RequestCodes.Outcomes.GroupBy(o => o.Group).ToList();
        var resultRows = RequestCodes.Outcomes.Count + 1;
        for (var g = 0; g < groups.Count; g++)
        {
            var members = groups[g].ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var lead = new StringBuilder();
                if (g == 0 && i == 0)
                {
                    lead.Append("<td class=\"label\" rowspan=\"").Append(resultRows).Append("\">三、本年度办理结果</td>");
                }
                if (members.Count == 1)
                {
                    lead.Append("<td class=\"label\" colspan=\"2\">")
                        .Append(GroupNumbers[g])
                        .Append(AnnualReportHtml.E(members[0].Name))
                        .Append("</td>");
                }
                else
                {
                    if (i == 0)
                    {
                        lead.Append("<td class=\"label\" rowspan=\"").Append(members.Count).Append("\">")
                            .Append(GroupNumbers[g])
                            .Append(members[0].Group)
                            .Append("</td>");
                    }
                    lead.Append("<td class=\"label\">")
                        .Append(i + 1)
                        .Append('.')
                        .Append(AnnualReportHtml.E(members[i].Name))
                        .Append("</td>");
                }
                Row(html, s, members[i].Code, lead.ToString());
            }
        }
        Row(html, s, "3.7", "<td class=\"label\" colspan=\"2\">（七）总计</td>");
        Row(html, s, "4", "<td class=\"label\" colspan=\"3\">四、结转下年度继续办理</td>");
        html.Append("</table>");
    }

    static void Row(StringBuilder html, Section3 s, string row, string lead)
    {
        html.Append("<tr>").Append(lead);
        for (var c = 0; c < s.Columns.Count; c++)
        {
            html.Append(AnnualReportHtml.Cell(row, s.Columns[c], s.Rows[row][c]));
        }
        html.Append("</tr>");
    }
}
