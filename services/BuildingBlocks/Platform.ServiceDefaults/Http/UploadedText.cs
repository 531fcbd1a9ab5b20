using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// An uploaded text file (an import's CSV) decoded the way Chinese offices write them: UTF-8 with or without a byte
/// order mark, or GB18030/GBK, which Excel and WPS still save "CSV" in on a Chinese Windows. A charset in the
/// Content-Type is followed when given; otherwise bytes that are not valid UTF-8 are read as GB18030 (a superset of
/// GBK and GB2312), instead of being imported and published as mojibake.
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
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return StrictUtf8.GetString(bytes[Encoding.UTF8.Preamble.Length..]);
        }
        if (Declared(contentType) is { } declared)
        {
            return declared.GetString(bytes);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

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
