using System.IO.Compression;
using System.Xml.Linq;

namespace Platform.Supervision.Reports;

/// <summary>
/// What MiniExcel does not write for dictionary rows: number formats and column widths. Rates stay numbers (fractions)
/// shown as percentages with one decimal (0.0%), averages with one decimal (0.0), and every column is as wide as its
/// longest text (a Chinese character counting two). A rate column is one whose heading ends in 率 or 占比; on the
/// name/value sheets (指标, 值) a row is a rate or an average by its name.
/// </summary>
public static class XlsxFormats
{
    public const string Percent = "0.0%";
    public const string OneDecimal = "0.0";
    public const int PercentId = 164;
    public const int OneDecimalId = 165;

    public static byte[] Apply(byte[] xlsx)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var stylesEntry = zip.GetEntry("xl/styles.xml");
            if (stylesEntry is null)
            {
                return xlsx;
            }
            var styles = Load(stylesEntry);
            var xfs = new XlsxStyleSheet(styles, PercentId, Percent, OneDecimalId, OneDecimal);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet",
                StringComparison.Ordinal)).ToList())
            {
                var sheet = Load(entry);
                FormatSheet(sheet, xfs);
                Save(zip, entry.FullName, sheet);
            }
            Save(zip, stylesEntry.FullName, styles);
        }
        return stream.ToArray();
    }

    static void FormatSheet(XDocument sheet, XlsxStyleSheet xfs)
    {
        var ns = sheet.Root!.Name.Namespace;
        var data = sheet.Root.Element(ns + "sheetData");
        if (data is null)
        {
            return;
        }
        var rows = data.Elements(ns + "row").Select(r => r.Elements(ns + "c").ToList()).ToList();
        if (rows.Count == 0)
        {
            return;
        }
        var headings = rows[0].Select(Text).ToList();
        var nameValue = headings is ["指标", "值"];
        foreach (var cells in rows.Skip(1))
        {
            for (var i = 0; i < cells.Count && i < headings.Count; i++)
            {
                var label = nameValue ? (i == 1 ? Text(cells[0]) : "") : headings[i];
                var format = IsRate(label) ? PercentId : IsAverage(label) ? OneDecimalId : 0;
                if (format != 0 && IsNumber(cells[i]))
                {
                    var old = int.TryParse((string?)cells[i].Attribute("s"), out var s) ? s : 0;
                    cells[i].SetAttributeValue("s", xfs.With(old, format));
                }
            }
        }
        Widths(sheet, rows, ns);
    }

    static bool IsRate(string label) => label.EndsWith('率') || label.EndsWith("占比", StringComparison.Ordinal);

    static bool IsAverage(string label) => label.StartsWith("平均", StringComparison.Ordinal)
        || label.Contains("平均用时", StringComparison.Ordinal) || label.Contains("平均串联", StringComparison.Ordinal)
        || label.Contains("平均节约", StringComparison.Ordinal) || label.Contains("平均有效", StringComparison.Ordinal);

    static bool IsNumber(XElement cell) =>
        (string?)cell.Attribute("t") is null or "n" && cell.Elements().Any(e => e.Name.LocalName == "v");

    static string Text(XElement cell) =>
        cell.Descendants().Where(e => e.Name.LocalName is "v" or "t").Select(e => e.Value).FirstOrDefault() ?? "";

    /// <summary>Each column as wide as its longest text (CJK counted twice), between 8 and 60.</summary>
    static void Widths(XDocument sheet, List<List<XElement>> rows, XNamespace ns)
    {
        var columns = rows.Max(r => r.Count);
        if (columns == 0)
        {
            return;
        }
        var cols = new XElement(ns + "cols");
        for (var i = 0; i < columns; i++)
        {
            var longest = rows.Where(r => i < r.Count).Max(r => DisplayLength(Text(r[i])));
            var width = Math.Clamp(longest + 2, 8, 60);
            cols.Add(new XElement(ns + "col", new XAttribute("min", i + 1), new XAttribute("max", i + 1),
                new XAttribute("width", width), new XAttribute("customWidth", 1)));
        }
        sheet.Root!.Element(ns + "cols")?.Remove();
        sheet.Root.Element(ns + "sheetData")!.AddBeforeSelf(cols);
    }

    static int DisplayLength(string text) => text.Sum(c => c > 0x2E7F ? 2 : 1);

    static XDocument Load(ZipArchiveEntry entry)
    {
        using var read = entry.Open();
        return XDocument.Load(read);
    }

    static void Save(ZipArchive zip, string name, XDocument document)
    {
        zip.GetEntry(name)!.Delete();
        using var write = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        document.Save(write, SaveOptions.DisableFormatting);
    }
}
