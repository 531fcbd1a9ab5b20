using System.Net;
using System.Net.Http.Headers;

namespace Platform.ComponentTests.Infrastructure;

/// <summary>A body of that many bytes of <c>fill</c>, sent without a Content-Length (chunked).</summary>
public sealed class ChunkedContent : HttpContent
{
    readonly long _bytes;
    readonly byte _fill;

    public ChunkedContent(long bytes, string mediaType, byte fill = (byte)'a')
    {
        (_bytes, _fill) = (bytes, fill);
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var block = new byte[64 * 1024];
        Array.Fill(block, _fill);
        for (long sent = 0; sent < _bytes; sent += block.Length)
        {
            await stream.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, _bytes - sent)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
