using System.Text;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// An uploaded text file (an import's CSV) decoded the way Chinese offices write them: UTF-8 with or without a byte
/// order mark, or GB18030/GBK, which Excel and WPS still save "CSV" in on a Chinese Windows. A byte order mark decides
/// first (UTF-16's too), then a charset in the Content-Type; otherwise bytes that are not valid UTF-8 are read as
/// GB18030 (a superset of GBK and GB2312), instead of being imported and published as mojibake.
/// </summary>
public static class UploadedText
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static UploadedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), request.ContentType);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType = null)
    {
        var encoding = Choose(bytes, Utf8.IsValid(bytes), contentType);
        var preamble = encoding.Preamble;
        if (preamble.Length == 0 && encoding.CodePage == StrictUtf8.CodePage)
        {
            preamble = Encoding.UTF8.Preamble;
        }
        return encoding.GetString(bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes);
    }

    /// <summary>
    /// The encoding of a file from its first bytes (a byte order mark: UTF-8, UTF-16 little or big endian), else the
    /// declared charset, else UTF-8 when every byte of it is valid UTF-8 (a strict decoder's verdict, which a GBK file
    /// of Chinese text practically never passes), else GB18030.
    /// </summary>
    public static Encoding Choose(ReadOnlySpan<byte> head, bool validUtf8, string? contentType)
    {
        if (head.StartsWith(Encoding.UTF8.Preamble))
        {
            return StrictUtf8;
        }
        if (head.StartsWith(Encoding.Unicode.Preamble))
        {
            return Encoding.Unicode;
        }
        if (head.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return Encoding.BigEndianUnicode;
        }
        return Declared(contentType) ?? (validUtf8 ? StrictUtf8 : Encoding.GetEncoding("GB18030"));
    }

    /// <summary>A decoder that throws on bytes that are not UTF-8: fed a file in pieces, it judges it all.</summary>
    public static Decoder Utf8Judge() => StrictUtf8.GetDecoder();

    static Encoding? Declared(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || type.Charset.Value is not { Length: > 0 } name)
        {
            return null;
        }
        try
        {
            return Encoding.GetEncoding(name.Trim('"'));
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset: detect instead
        }
    }
}
