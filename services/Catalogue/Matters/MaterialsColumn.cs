using Platform.ServiceDefaults.Http;

namespace Platform.Catalogue.Matters;

/// <summary>
/// The materials column of a catalogue CSV: items separated by ';', each "名称|qualifiers" (see <see cref="MatterCsv"/>).
/// </summary>
static class MaterialsColumn
{
    public static List<MaterialRequirement> Parse(string text, int row, List<RowError> errors)
    {
        var materials = new List<MaterialRequirement>();
        var items = text.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var item in items)
        {
            var parts = item.Split('|', StringSplitOptions.TrimEntries);
            var material = new MaterialRequirement(parts[0]);
            foreach (var qualifier in parts.Skip(1))
            {
                material = qualifier switch
                {
                    "原件" or "original" => material with { Form = "original" },
                    "复印件" or "copy" => material with { Form = "copy" },
                    "纸质" or "paper" => material with { Medium = "paper" },
                    "电子" or "electronic" => material with { Medium = "electronic" },
                    "选填" or "optional" => material with { Required = false },
                    _ when qualifier.TrimEnd('份') is var n && int.TryParse(n, out var copies) =>
                        material with { Copies = copies },
                    _ => MatterCsv.Fail(errors, row, "materials",
                        $"材料“{parts[0]}”的说明“{qualifier}”无法识别（可用：原件、复印件、纸质、电子、N份、选填）。", material),
                };
            }
            materials.Add(material);
        }
        return materials;
    }
}
