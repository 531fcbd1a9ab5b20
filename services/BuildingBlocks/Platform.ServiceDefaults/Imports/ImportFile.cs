using System.Text;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// An uploaded import file kept on disk (a temporary file deleted when disposed), so a 90 MB upload is never held as
/// a string: each pass over it (check every row, then store them) streams it through the detected encoding's decoder.
/// <see cref="Lines"/> counts the line feeds (a cell with a line break inside counts twice: it only decides whether
/// the import runs as a job).
/// </summary>
public sealed class ImportFile(FileStream content, Encoding encoding, long lines) : IAsyncDisposable
{
    public Encoding Encoding { get; } = encoding;

    public long Lines { get; } = lines;

    public long Bytes => content.Length;

    /// <summary>The text from its beginning (a byte order mark skipped); dispose it before opening the next.</summary>
    public TextReader Open()
    {
        content.Seek(0, SeekOrigin.Begin);
        return new StreamReader(content, Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024,
            leaveOpen: true);
    }

    public ValueTask DisposeAsync() => content.DisposeAsync();
}
