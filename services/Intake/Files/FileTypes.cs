namespace Platform.Intake.Files;

/// <summary>
/// The allow-list of uploads: a file is kept only when its extension is listed AND its leading bytes are what that
/// kind of file starts with, so a renamed executable or a PNG called ".pdf" is refused. OFD (the national electronic
/// document format) is a zip package, hence the zip signature.
/// </summary>
static class FileTypes
{
    sealed record Kind(string ContentType, string Label, byte[] Signature);

    static readonly Kind Pdf = new("application/pdf", "PDF", "%PDF-"u8.ToArray());
    static readonly Kind Jpeg = new("image/jpeg", "JPG", [0xFF, 0xD8, 0xFF]);
    static readonly Kind Png = new("image/png", "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    static readonly Kind Ofd = new("application/ofd", "OFD", [0x50, 0x4B, 0x03, 0x04]);

    static readonly Dictionary<string, Kind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = Pdf,
        [".jpg"] = Jpeg,
        [".jpeg"] = Jpeg,
        [".png"] = Png,
        [".ofd"] = Ofd,
    };

    public const int SignatureLength = 8;

    public const string Allowed = "PDF（.pdf）、JPG（.jpg/.jpeg）、PNG（.png）、OFD（.ofd）";

    /// <summary>The content type for a listed extension, or null when the extension is not allowed.</summary>
    public static string? ContentTypeOf(string extension) =>
        ByExtension.TryGetValue(extension, out var kind) ? kind.ContentType : null;

    /// <summary>The kind the leading bytes show, or null when they show none of the allowed kinds.</summary>
    public static string? Detect(ReadOnlySpan<byte> leading)
    {
        foreach (var kind in new[] { Pdf, Jpeg, Png, Ofd })
        {
            if (leading.StartsWith(kind.Signature))
            {
                return kind.Label;
            }
        }
        return null;
    }

    public static bool Matches(string extension, ReadOnlySpan<byte> leading) =>
        ByExtension.TryGetValue(extension, out var kind) && leading.StartsWith(kind.Signature);
}
