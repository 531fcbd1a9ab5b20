using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// Takes an import's body off the wire into a temporary file, piece by piece: counting its lines, judging whether it
/// is UTF-8 all through (<see cref="UploadedText.Choose"/> decides the encoding from that), and holding it to the
/// import limit, with a 413 problem that names the limit instead of the server's bare refusal. The host's own body
/// limit (Kestrel's, 30 MB unless raised) is lifted to the import limit for this request only.
/// </summary>
public static class ImportUpload
{
    const int Chunk = 64 * 1024;

    public static async Task<(ImportFile? File, ProblemHttpResult? Problem)> ReceiveAsync(HttpRequest request,
        long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } hostLimit
            && hostLimit.MaxRequestBodySize is { } current && current <= maxBytes)
        {
            // One byte over the import limit, so it is this code that meets the limit and answers with the problem.
            hostLimit.MaxRequestBodySize = maxBytes + 1;
        }
        var content = new FileStream(Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, Chunk,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var (head, lines, validUtf8) = await CopyAsync(request.Body, content, maxBytes, cancellationToken);
            if (head is null)
            {
                await content.DisposeAsync();
                return (null, TooLarge(maxBytes));
            }
            var encoding = UploadedText.Choose(head, validUtf8, request.ContentType);
            return (new ImportFile(content, encoding, lines), null);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
    }

    /// <summary>The first bytes (null when over the limit), the line feeds, and the UTF-8 verdict.</summary>
    static async Task<(byte[]? Head, long Lines, bool ValidUtf8)> CopyAsync(Stream body, FileStream content,
        long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[Chunk];
        var chars = new char[Chunk + 4];
        var judge = UploadedText.Utf8Judge();
        byte[]? head = null;
        long total = 0, lines = 0;
        var validUtf8 = true;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return (null, 0, false);
            }
            head ??= buffer[..Math.Min(read, 4)];
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            validUtf8 = validUtf8 && Judge(judge, buffer.AsSpan(0, read), chars, flush: false);
            await content.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        validUtf8 = validUtf8 && Judge(judge, [], chars, flush: true);
        await content.FlushAsync(cancellationToken);
        return (head ?? [], lines, validUtf8);
    }

    static bool Judge(Decoder judge, ReadOnlySpan<byte> bytes, Span<char> chars, bool flush)
    {
        try
        {
            judge.Convert(bytes, chars, flush, out _, out _, out _);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    static ProblemHttpResult TooLarge(long maxBytes) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, "request-too-large",
            $"导入文件超过允许的 {ImportLimits.Describe(maxBytes)}，未做任何处理；请拆分后分批导入。");
}
