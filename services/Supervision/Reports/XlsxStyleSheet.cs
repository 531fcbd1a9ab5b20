using System.Xml.Linq;

namespace Platform.Supervision.Reports;

/// <summary>
/// A workbook's cell formats (xl/styles.xml), given two custom number formats and extended on demand with a copy of a
/// cell's format that uses one of them (borders, fonts and fills kept).
/// </summary>
sealed class XlsxStyleSheet
{
    readonly XElement _cellXfs;
    readonly XNamespace _ns;
    readonly Dictionary<(int, int), int> _made = [];

    public XlsxStyleSheet(XDocument styles, int firstId, string firstCode, int secondId, string secondCode)
    {
        var root = styles.Root!;
        _ns = root.Name.Namespace;
        var numFmts = root.Element(_ns + "numFmts");
        if (numFmts is null)
        {
            numFmts = new XElement(_ns + "numFmts");
            root.AddFirst(numFmts);
        }
        numFmts.Add(new XElement(_ns + "numFmt", new XAttribute("numFmtId", firstId),
            new XAttribute("formatCode", firstCode)));
        numFmts.Add(new XElement(_ns + "numFmt", new XAttribute("numFmtId", secondId),
            new XAttribute("formatCode", secondCode)));
        numFmts.SetAttributeValue("count", numFmts.Elements().Count());
        _cellXfs = root.Element(_ns + "cellXfs")!;
    }

    /// <summary>
    /// The index of a format like <paramref name="style"/> with the number format <paramref name="format"/>.
    /// </summary>
    public int With(int style, int format)
    {
        if (_made.TryGetValue((style, format), out var made))
        {
            return made;
        }
        var xfs = _cellXfs.Elements(_ns + "xf").ToList();
        var copy = new XElement(style < xfs.Count ? xfs[style] : new XElement(_ns + "xf"));
        copy.SetAttributeValue("numFmtId", format);
        copy.SetAttributeValue("applyNumberFormat", 1);
        _cellXfs.Add(copy);
        _cellXfs.SetAttributeValue("count", xfs.Count + 1);
        return _made[(style, format)] = xfs.Count;
    }
}
